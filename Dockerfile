# The Chipgraph app (API + built client) for docker compose; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV HOST=0.0.0.0 \
    PORT=4000 \
    CHIPGRAPH_DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
