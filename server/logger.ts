/** Structured JSON logs (pino) on stderr, so stdout stays free for CLI output. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ level, base: { app: 'chipgraph' } }, pino.destination(2));
}
