# figurewatch: a small production image. Build: podman build --network host -t figurewatch .
# (docker build works the same where a Docker engine runs.)

# 1. Production dependencies only, resolved from the lockfile.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No dependency needs an install script (no native addons); skipping them keeps the build reproducible.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 2. Runtime: Node 24 runs the TypeScript sources directly (type stripping), so there is no build step.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    FIGUREWATCH_CONFIG=/app/config/default.yaml \
    FIGUREWATCH_DB=/data/figurewatch.db
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY config ./config
# The store lives on a volume owned by the unprivileged `node` user (uid 1000) of the base image.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=60s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/figurewatch.js"]
CMD ["run"]
