#!/usr/bin/env bash
# npm run test:container: builds the image from the Dockerfile with podman and runs it against the bundled
# sample and the fake Discord (tests/container/*.test.ts). Works on a fresh Debian machine as root:
# installs podman, runc and debootstrap from Debian's packages when missing, and builds the local stand-in
# for node:24-bookworm-slim (../shared/tools/local-base-image.sh) when no such image is there.
#
# Environment: FIGUREWATCH_TEST_IMAGE  tag to build and test (default localhost/figurewatch:container-test)
#              CONTAINERS_CONF         podman engine config (default: the stand-in's sandbox-friendly one)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { echo "test:container: $*"; }

# podman here is rootful (the stand-in base image lives in root's image store); come back as root.
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    say "re-running as root with sudo"
    exec sudo -n --preserve-env=PATH,FIGUREWATCH_TEST_IMAGE,CONTAINERS_CONF bash "$0" "$@"
  fi
  say "needs root (or passwordless sudo) to install and run podman; run it as root" >&2
  exit 1
fi

missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  say "installing ${missing[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc debootstrap >/dev/null
fi

# The machines we build on cannot set rlimits or use systemd cgroups inside containers: runc with cgroupfs
# works there and on an ordinary host. A CONTAINERS_CONF of your own wins.
export CONTAINERS_CONF=${CONTAINERS_CONF:-/tmp/local-base-image/containers.conf}
if [ ! -f "$CONTAINERS_CONF" ]; then
  mkdir -p "$(dirname "$CONTAINERS_CONF")"
  printf '[containers]\ndefault_ulimits = []\n[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' >"$CONTAINERS_CONF"
fi

base=docker.io/library/node:24-bookworm-slim
if ! podman image exists "$base"; then
  if [ -f ../shared/tools/local-base-image.sh ]; then
    say "no $base here: building the local stand-in (../shared/tools/local-base-image.sh, a few minutes)"
    bash ../shared/tools/local-base-image.sh
  else
    say "no $base here and no ../shared/tools/local-base-image.sh: podman build will try to pull it"
  fi
fi

image=${FIGUREWATCH_TEST_IMAGE:-localhost/figurewatch:container-test}
say "building $image"
build_started=$(date +%s)
previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
# --format docker keeps the HEALTHCHECK (the OCI format has no field for it).
podman build --quiet --format docker --network host -t "$image" . >/dev/null
# The image this tag named before is of no use now (its layers stay as build cache).
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$image")" ]; then
  podman rmi "$previous" >/dev/null 2>&1 || true
fi
say "built in $(( $(date +%s) - build_started )) s"
image_bytes=$(podman image inspect "$image" --format '{{.Size}}')
base_bytes=$(podman image inspect "$base" --format '{{.Size}}')
say "image $(( image_bytes / 1000000 )) MB, of which app layers $(( (image_bytes - base_bytes) / 1000000 )) MB over the base"

export FIGUREWATCH_TEST_IMAGE=$image
# Node 24 and vitest from the project (also when this script is run without npm).
export PATH="$PWD/node_modules/.bin:$PATH"
status=0
vitest run --config tests/container/vitest.config.ts || status=$?
say "finished in $(( $(date +%s) - started )) s (exit $status)"
exit "$status"
