# Kuril Brief: build with the full toolchain, run on a slim image with production dependencies only.
# docker build -t kuril-brief .    (docs/deploy.md)
# One ARG so both stages run the same Node: the sqlite3 native module is built for it.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# sqlite3 (under @keyv/sqlite) compiles its native module when no prebuilt binary can be downloaded.
# The image tag fixes the Debian release, which is pinning enough for build tools.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The sources come in before npm ci because its prepare script compiles src/ to dist/.
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/state/kuril-brief.sqlite
# Fonts for the charts (docs/charts.md): DejaVu for Latin and Cyrillic, IPA P Gothic for Japanese.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-ipafont-gothic \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Code and data stay owned by root: the bot can read them but not change them.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY data/kuril ./data/kuril
COPY data/feeds.yaml ./data/feeds.yaml
# The SQLite digest store (the file, its WAL and its lock file) is the only thing the bot writes.
RUN mkdir /app/state && chown node:node /app/state
VOLUME ["/app/state"]
USER node
# Only the Slack adapter in HTTP mode listens (PORT); Socket Mode and Discord connect outwards.
EXPOSE 3000
# The bot finishes digest sends in flight on SIGTERM (up to 10 s): give it 30 s (docker stop -t 30).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
