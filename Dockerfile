# figurewatch: a small production image.
#   podman build --format docker --network host -t figurewatch .   (docker build -t figurewatch . with a Docker engine)
# `--format docker` keeps the HEALTHCHECK: podman's default OCI format has no field for it.
# Details, sizes and the container test: docs/container.md.

# 1. Production dependencies only, resolved from the lockfile.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No dependency needs an install script (no native addons); skipping them keeps the build reproducible.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# Nothing below is ever loaded at run time: type declarations and source maps (about half of the tree),
# docs, and the packages' own test suites.
RUN find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' -o -name '*.md' -o -name '*.markdown' \) -delete \
 && find node_modules -type d \( -name test -o -name tests -o -name __tests__ \) -prune -exec rm -rf {} +

# 2. Runtime: Node 24 runs the TypeScript sources directly (type stripping), so there is no build step.
FROM node:24-bookworm-slim
# V8 sizes its heap for the host's memory and lets garbage pile up between rare major collections: a
# 2,000-feed cycle peaked at ~370 MiB RSS with a 50–75 MiB live heap. A small young generation and an old
# generation capped at about three times the live heap keep it near 200 MiB (docs/benchmarks.md measures
# exactly this setting; `-e NODE_OPTIONS=...` overrides it).
ENV NODE_ENV=production \
    NODE_OPTIONS="--max-semi-space-size=2 --max-old-space-size=192" \
    FIGUREWATCH_CONFIG=/app/config/default.yaml \
    FIGUREWATCH_DB=/data/figurewatch.db
WORKDIR /app
# Least often changed first, so a code change rebuilds only the small layers at the end. The files stay
# owned by root: the app can read its code and config but not change them.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY config ./config
COPY src ./src
# The store lives on a volume owned by the unprivileged `node` user (uid 1000) of the base image. A named
# volume starts with this ownership; a host directory mounted here must be writable by uid 1000.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Asks the running bot's /healthz at the address its config gives (health.host / health.port), so a
# mounted config that moves the port keeps the check right. A 503 prints the reasons into the health log.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "src/health/healthcheck.ts"]
# SIGTERM lets the running cycle finish within shutdown.graceMs (20 s by default), then delivers: give it
# more before a kill (docker run --stop-timeout 45, docker stop -t 45, compose's stop_grace_period: 45s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/figurewatch.js"]
CMD ["run"]
