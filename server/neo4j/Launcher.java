// Starts an embedded Neo4j Community database with Bolt on loopback, plus the APOC functions that
// @neo4j/graphql's generated Cypher calls. Run as a single-file Java program:
//   java -cp <classpath from Maven> Launcher.java <dataDir> <boltPort> <pageCache> [logFile]
// Prints "CHIPGRAPH_NEO4J_READY bolt://127.0.0.1:<port>" on stdout once Bolt accepts
// connections, and shuts the database down cleanly on SIGINT/SIGTERM (JVM shutdown hook) and when
// its standard input closes: the process that started it holds that pipe, so a Neo4j whose owner
// crashed or was killed stops instead of lingering on the port.

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class Launcher {
    /** APOC classes whose procedures and functions @neo4j/graphql needs. */
    private static final List<Class<?>> APOC_CLASSES = List.of(apoc.util.Utils.class, apoc.date.Date.class);

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher <dataDir> <boltPort> <pageCache e.g. 256m> [logFile]");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCache = ByteUnit.parse(args[2]);
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no anonymous usage reports
                // Keep transaction logs small: this is a workstation database, not a backup source.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // A ceiling for any client that sets no timeout of its own (Chipgraph's own statements set theirs).
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("CHIPGRAPH_NEO4J_STOPPING");
            dbms.shutdown();
        }, "chipgraph-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        for (Class<?> apocClass : APOC_CLASSES) {
            procedures.registerProcedure(apocClass);
            procedures.registerFunction(apocClass);
        }
        System.out.println("CHIPGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        // Serve until the JVM is asked to stop, or until standard input reaches its end.
        while (System.in.read() != -1) {
            // nothing is ever written to standard input: reading only waits for it to close
        }
        System.out.println("CHIPGRAPH_NEO4J_OWNER_GONE");
        System.exit(0); // runs the shutdown hook
    }
}
