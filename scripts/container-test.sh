#!/usr/bin/env bash
# container-test.sh builds strikebot's real Dockerfile, unchanged, and checks
# the image the way an operator would use it. There is no Docker engine on
# these machines and no registry can be reached, so it uses Debian's podman,
# buildah and runc with private config files (never /etc), and makes a local
# stand-in for golang:1.26 from the installed Go toolchain
# (../shared/notes/containers.md explains each setting).
#
#   bash scripts/container-test.sh
#
# Each check prints "N. PASS|FAIL what (detail)"; the last line is
# "container: N passed, M failed" and the exit status is non-zero on any
# failure. It runs as root (as CI does), installs podman/buildah/runc if they
# are missing, and removes everything it made on exit.
#
# Environment:
#   CONTAINER_TEST_STORAGE  keep container storage (stand-in image, layer and
#                           build caches) in this directory between runs;
#                           default: a fresh temporary one, removed on exit
#   STORAGE_DRIVER          overlay (default) or vfs (slower; for file systems
#                           where overlay cannot mount)
#   KEEP_IMAGE=1            keep the built image (tag localhost/strikebot:test)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
ROOT=$PWD
T0=$(date +%s%N)

log() { printf '%s\n' "$*" >&2; }
# Never hang: every podman and buildah call is bounded (timeout execs the
# real binary, not these functions). Longer steps pass their own timeout.
podman() { timeout -k 10 120 podman "$@"; }
buildah() { timeout -k 10 300 buildah "$@"; }
die() { log "container-test: $*"; echo "container: 0 passed, 1 failed"; exit 1; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

[ "$(id -u)" = 0 ] || die "must run as root (rootful podman; CI runs as root)"

# --- tools -----------------------------------------------------------------
need=()
# type -P looks for the program on PATH, not the wrappers above.
for t in podman buildah runc curl openssl; do type -P "$t" >/dev/null 2>&1 || need+=("$t"); done
if [ ${#need[@]} -gt 0 ]; then
	log "installing ${need[*]} ..."
	t=$(date +%s%N)
	APT_LOG=$(mktemp /tmp/strikebot-ct-apt.XXXXXX) || die "mktemp failed"
	export DEBIAN_FRONTEND=noninteractive
	if ! { timeout 300 apt-get -o DPkg::Lock::Timeout=120 update -qq &&
		timeout 600 apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "${need[@]}"; } >"$APT_LOG" 2>&1; then
		tail -20 "$APT_LOG" >&2
		rm -f "$APT_LOG"
		die "apt-get install ${need[*]} failed (log above)"
	fi
	rm -f "$APT_LOG"
	log "installed in $(ms_since "$t") ms"
fi
GO=$(command -v go || echo /usr/local/go/bin/go)
[ -x "$GO" ] || die "no Go toolchain found (needed for the golang:1.26 stand-in)"
GOROOT_HOST=$("$GO" env GOROOT) || die "go env GOROOT failed"
GOVERSION_HOST=$("$GO" env GOVERSION)
case "$GOVERSION_HOST" in
go1.26 | go1.26.*) ;;
*) die "host Go is $GOVERSION_HOST; the golang:1.26 stand-in needs Go 1.26" ;;
esac

# --- private configuration ---------------------------------------------------
if [ -n "${CONTAINER_TEST_STORAGE:-}" ]; then
	mkdir -p "$CONTAINER_TEST_STORAGE" || die "cannot create $CONTAINER_TEST_STORAGE"
	BASE=$(cd "$CONTAINER_TEST_STORAGE" && pwd)
	KEEP_BASE=1
else
	BASE=$(mktemp -d /var/tmp/strikebot-container-test.XXXXXX) || die "mktemp failed"
	KEEP_BASE=0
fi
RUN_DIR=$(mktemp -d /tmp/strikebot-ct-run.XXXXXX) || die "mktemp failed"
mkdir -p "$BASE/storage" "$BASE/tmp" "$RUN_DIR/runroot" "$RUN_DIR/libpod"
NOFILE=$(ulimit -Hn)
[ "$NOFILE" = unlimited ] && NOFILE=1048576
DRIVER=${STORAGE_DRIVER:-overlay}

write_config() {
	cat >"$RUN_DIR/storage.conf" <<EOF
[storage]
driver = "$DRIVER"
graphroot = "$BASE/storage"
runroot = "$RUN_DIR/runroot"
EOF
	cat >"$RUN_DIR/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$NOFILE:$NOFILE", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$RUN_DIR/events.log"
tmp_dir = "$RUN_DIR/libpod"
EOF
}
export CONTAINERS_STORAGE_CONF=$RUN_DIR/storage.conf
export CONTAINERS_CONF=$RUN_DIR/containers.conf
export BUILDAH_ISOLATION=chroot
# buildah keeps RUN --mount=type=cache directories under TMPDIR.
export TMPDIR=$BASE/tmp
write_config

IMAGE=localhost/strikebot:test
SUFFIX=$$
CONTAINERS=()
STANDIN_CTR=""

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	for c in "${CONTAINERS[@]}"; do timeout 30 podman rm -f -t 0 "$c" >/dev/null 2>&1; done
	[ -n "$STANDIN_CTR" ] && timeout 30 buildah rm "$STANDIN_CTR" >/dev/null 2>&1
	if [ "${KEEP_IMAGE:-0}" != 1 ]; then
		timeout 30 podman rmi -f "$IMAGE" >/dev/null 2>&1
	fi
	if [ "$KEEP_BASE" = 0 ]; then
		# The storage is ours alone: the stand-in and build layers go with it.
		timeout 60 buildah rm -a >/dev/null 2>&1
		timeout 60 podman rmi -a -f >/dev/null 2>&1
	fi
	# Unmount anything still mounted under our directories, deepest first.
	awk -v a="$BASE" -v b="$RUN_DIR" '$5 ~ "^"a || $5 ~ "^"b {print $5}' /proc/self/mountinfo |
		sort -r | while read -r m; do umount -l "$m" 2>/dev/null; done
	[ "$KEEP_BASE" = 0 ] && rm -rf "$BASE"
	rm -rf "$RUN_DIR"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Fall back to vfs when overlay cannot be used on this file system.
if ! timeout 60 podman info >/dev/null 2>"$RUN_DIR/info.err"; then
	if [ "$DRIVER" = overlay ]; then
		log "overlay storage unusable ($(tail -1 "$RUN_DIR/info.err")); using vfs"
		DRIVER=vfs
		write_config
		timeout 60 podman info >/dev/null 2>"$RUN_DIR/info.err" || die "podman info: $(tail -1 "$RUN_DIR/info.err")"
	else
		die "podman info: $(tail -1 "$RUN_DIR/info.err")"
	fi
fi

# --- the golang:1.26 stand-in -----------------------------------------------
# FROM golang:1.26 cannot be pulled here. The host toolchain is static, so an
# image holding it, a static busybox for RUN's /bin/sh, the CA bundle and a
# passwd file builds the Dockerfile as the real image would.
make_standin() {
	local deb mnt bb
	deb=$RUN_DIR/busybox
	mkdir -p "$deb"
	if ! (cd "$deb" && timeout 120 apt-get download -qq -o APT::Sandbox::User=root busybox-static >&2); then
		timeout 300 apt-get -o DPkg::Lock::Timeout=120 update -qq >&2 || return 1
		(cd "$deb" && timeout 120 apt-get download -qq -o APT::Sandbox::User=root busybox-static >&2) || return 1
	fi
	dpkg-deb -x "$deb"/busybox-static_*.deb "$deb/x" || return 1
	bb=$deb/x/bin/busybox
	STANDIN_CTR=$(buildah from scratch) || return 1
	mnt=$(buildah mount "$STANDIN_CTR") || return 1
	mkdir -p "$mnt/usr/local/go" "$mnt/bin" "$mnt/usr/bin" "$mnt/etc/ssl/certs" "$mnt/tmp" "$mnt/go" "$mnt/root" || return 1
	chmod 1777 "$mnt/tmp"
	tar -C "$GOROOT_HOST" --exclude=./test --exclude=./doc --exclude=./api -cf - . | tar -C "$mnt/usr/local/go" -xf - || return 1
	install -m 0755 "$bb" "$mnt/bin/busybox" || return 1
	local a
	for a in $("$bb" --list); do
		[ "$a" = busybox ] || ln -sf busybox "$mnt/bin/$a"
	done
	cp /etc/ssl/certs/ca-certificates.crt "$mnt/etc/ssl/certs/" || return 1
	printf 'root:x:0:0:root:/root:/bin/sh\nnonroot:x:65532:65532:nonroot:/home/nonroot:/bin/sh\n' >"$mnt/etc/passwd"
	printf 'root:x:0:\nnonroot:x:65532:\n' >"$mnt/etc/group"
	buildah unmount "$STANDIN_CTR" >/dev/null || return 1
	buildah config --env GOTOOLCHAIN=local --env GOPATH=/go --env HOME=/root \
		--env PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		--workingdir /go --cmd /bin/sh "$STANDIN_CTR" || return 1
	buildah commit -q --format docker "$STANDIN_CTR" localhost/golang:1.26 >/dev/null || return 1
	buildah tag localhost/golang:1.26 docker.io/library/golang:1.26 || return 1
	buildah rm "$STANDIN_CTR" >/dev/null
	STANDIN_CTR=""
}
t=$(date +%s%N)
if timeout 30 buildah inspect --type image localhost/golang:1.26 >/dev/null 2>&1; then
	log "golang:1.26 stand-in: already present"
else
	log "golang:1.26 stand-in: making it from $GOROOT_HOST ($GOVERSION_HOST) ..."
	make_standin || die "could not make the golang:1.26 stand-in"
	log "golang:1.26 stand-in: made in $(ms_since "$t") ms"
fi

# --- build the real Dockerfile, unchanged -------------------------------------
VERSION=container-test-$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo local)
log "building $IMAGE from Dockerfile (buildah bud, $DRIVER storage) ..."
t=$(date +%s%N)
if ! timeout 900 buildah bud --pull=never --format docker --layers \
	--build-arg VERSION="$VERSION" -t "$IMAGE" -f Dockerfile . >"$RUN_DIR/build.log" 2>&1; then
	tail -40 "$RUN_DIR/build.log" >&2
	die "buildah bud failed (log above)"
fi
BUILD_MS=$(ms_since "$t")
log "built in $BUILD_MS ms"

# --- checks ----------------------------------------------------------------
PASSED=0 FAILED=0 N=0
check() { # check OK|FAIL what [detail]
	N=$((N + 1))
	local status=$1 what=$2 detail=${3:-}
	if [ "$status" = OK ]; then
		PASSED=$((PASSED + 1))
		printf '%d. PASS %s%s\n' "$N" "$what" "${detail:+ ($detail)}"
	else
		FAILED=$((FAILED + 1))
		printf '%d. FAIL %s%s\n' "$N" "$what" "${detail:+ ($detail)}"
	fi
}
# verdict: OK when the previous command (a test) succeeded.
verdict() { if [ "$1" = 0 ]; then echo OK; else echo FAIL; fi; }

# http_status URL: the status code of a GET, or 000 when nothing answers.
http_status() {
	curl -s -o /dev/null -m 2 -w '%{http_code}' "$1" 2>/dev/null || true
}

# 1. size: 20.7 MB measured, 8.3 MB of it the two store engines (pure-Go
# SQLite, a C-to-Go translation, and pgx); the bound catches a stray large
# dependency or an unstripped binary.
SIZE=$(podman image inspect --format '{{.Size}}' "$IMAGE" 2>/dev/null || echo 0)
SIZE_MB=$(awk -v s="$SIZE" 'BEGIN { printf "%.1f", s / 1e6 }')
[ "$SIZE" -gt 0 ] && [ "$SIZE" -lt 25000000 ]
check "$(verdict $?)" "image size under 25 MB" "$SIZE_MB MB"

# 2. ask, with no network, no token, read-only
# (--no-healthcheck: podman's healthcheck timer needs systemd, absent here.)
OUT=$(timeout 60 podman run --rm --read-only --network none --no-healthcheck "$IMAGE" ask "Who is Mark Porter?" 2>&1)
case "$OUT" in
*000_73b2b942d9bd6961.txt*) check OK "ask answers in the container, citing 000_73b2b942d9bd6961.txt" "--read-only --network none" ;;
*) check FAIL "ask answers in the container, citing 000_73b2b942d9bd6961.txt" "got: $(printf '%s' "$OUT" | head -c 300 | tr '\n' ' ')" ;;
esac

# 3. version stamped by the build
OUT=$(timeout 30 podman run --rm --read-only --network none --no-healthcheck "$IMAGE" version 2>&1)
grep -q "strikebot $VERSION " <<<"$OUT"
check "$(verdict $?)" "version stamped with -ldflags" "$OUT"

# 4. image configuration: non-root user, entrypoint, healthcheck, env
CFG=$(podman image inspect --format '{{.Config.User}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}' "$IMAGE" 2>&1)
HC=$(podman image inspect --format '{{json .HealthCheck}}' "$IMAGE" 2>&1)
[ "$HC" = null ] || [ -z "$HC" ] && HC=$(podman image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" 2>&1)
ENVS=$(podman image inspect --format '{{json .Config.Env}}' "$IMAGE" 2>&1)
if [ "$CFG" = '65532:65532|["/bot"]|["serve"]' ] && grep -q '/bot' <<<"$HC" && grep -q healthcheck <<<"$HC" &&
	grep -q 'LOG_FORMAT=json' <<<"$ENVS" && grep -q 'HEALTH_ADDR=:8080' <<<"$ENVS" &&
	grep -q 'DATABASE_URL=/data/strikebot.db' <<<"$ENVS"; then
	check OK "image runs /bot serve as 65532:65532 with HEALTHCHECK /bot healthcheck" "user|entrypoint|cmd = $CFG"
else
	check FAIL "image runs /bot serve as 65532:65532 with HEALTHCHECK /bot healthcheck" "$CFG; healthcheck $HC; env $ENVS"
fi

# serve in HTTP-interactions-only mode: a public key, no token, so nothing
# contacts Discord. Health on 8080 (the image default), interactions on 8081.
# The key pair is made here so the check below can sign a real PING.
openssl genpkey -algorithm ed25519 -out "$RUN_DIR/key.pem" 2>/dev/null || die "openssl cannot make an Ed25519 key"
PUBKEY=$(openssl pkey -in "$RUN_DIR/key.pem" -pubout -outform DER | tail -c 32 | od -An -tx1 | tr -d ' \n')
[ ${#PUBKEY} = 64 ] || die "could not read the Ed25519 public key"
APP=strikebot-test-$SUFFIX
CONTAINERS+=("$APP")
t=$(date +%s%N)
if ! timeout 60 podman run -d --name "$APP" --read-only --health-interval disable \
	-e INTERACTIONS_ADDR=:8081 -e DISCORD_PUBLIC_KEY="$PUBKEY" \
	-p 127.0.0.1::8080 -p 127.0.0.1::8081 "$IMAGE" serve >"$RUN_DIR/run.out" 2>&1; then
	log "podman run: $(cat "$RUN_DIR/run.out")"
fi
HPORT=$(podman port "$APP" 8080/tcp 2>/dev/null | head -1 | sed 's/.*://')
IPORT=$(podman port "$APP" 8081/tcp 2>/dev/null | head -1 | sed 's/.*://')
CODE=000
STARTUP_MS=
if [ -n "$HPORT" ]; then
	for _ in $(seq 1 300); do # 30 s at most
		CODE=$(http_status "http://127.0.0.1:$HPORT/healthz")
		[ "$CODE" = 200 ] && break
		[ "$(podman inspect --format '{{.State.Running}}' "$APP" 2>/dev/null)" = true ] || break
		sleep 0.1
	done
	[ "$CODE" = 200 ] && STARTUP_MS=$(ms_since "$t")
fi

# 5. /healthz
if [ "$CODE" = 200 ]; then
	check OK "serve (HTTP interactions only, no token) answers /healthz 200 on 127.0.0.1:$HPORT"
else
	check FAIL "serve (HTTP interactions only, no token) answers /healthz 200" \
		"got $CODE; state $(podman inspect --format '{{.State.Status}} exit {{.State.ExitCode}}' "$APP" 2>&1); logs: $(podman logs "$APP" 2>&1 | tail -5 | tr '\n' ' ')"
fi

# 6. start-up time
if [ -n "$STARTUP_MS" ] && [ "$STARTUP_MS" -lt 10000 ]; then
	check OK "start-up time, podman run to /healthz 200, under 10 s" "$STARTUP_MS ms"
else
	check FAIL "start-up time, podman run to /healthz 200, under 10 s" "${STARTUP_MS:-never} ms"
fi

# 7. /readyz and /metrics
R=$(http_status "http://127.0.0.1:$HPORT/readyz")
M=$(curl -s -m 2 "http://127.0.0.1:$HPORT/metrics" 2>/dev/null | grep -c '^# TYPE strikebot_')
[ "$R" = 200 ] && [ "$M" -gt 0 ]
check "$(verdict $?)" "/readyz 200 and /metrics serves strikebot_ metrics" "readyz $R, $M metric families"

# 8. the interactions endpoint: unsigned gets 401, a signed PING gets PONG
# (Ed25519 over timestamp + body, as Discord signs).
post_interaction() { # post_interaction BODY [SIGN]: prints "BODY STATUS"
	local body=$1 ts sig=""
	ts=$(date +%s)
	if [ "${2:-}" = sign ]; then
		printf '%s%s' "$ts" "$body" >"$RUN_DIR/msg"
		sig=$(openssl pkeyutl -sign -inkey "$RUN_DIR/key.pem" -rawin -in "$RUN_DIR/msg" | od -An -tx1 | tr -d ' \n')
	fi
	curl -s -m 5 -w ' %{http_code}' -X POST -H 'Content-Type: application/json' \
		${sig:+-H "X-Signature-Ed25519: $sig" -H "X-Signature-Timestamp: $ts"} \
		-d "$body" "http://127.0.0.1:$IPORT/interactions" 2>/dev/null
}
PING='{"type":1,"id":"1","application_id":"1","token":"container-test","version":1}'
UNSIGNED=$( [ -n "$IPORT" ] && post_interaction "$PING")
SIGNED=$( [ -n "$IPORT" ] && post_interaction "$PING" sign)
[ "${UNSIGNED##* }" = 401 ] && [ "$SIGNED" = '{"type":1} 200' ]
check "$(verdict $?)" "POST /interactions: unsigned gets 401, a signed PING gets PONG" \
	"unsigned: ${UNSIGNED:-nothing}; signed: ${SIGNED:-nothing}"

# 9. logs are JSON (LOG_FORMAT=json is the image default)
LOGS=$(podman logs "$APP" 2>&1 | head -20)
if [ -n "$LOGS" ] && ! grep -qv '^{' <<<"$LOGS"; then
	check OK "logs are JSON lines" "$(head -1 <<<"$LOGS" | head -c 160)"
else
	check FAIL "logs are JSON lines" "$(head -3 <<<"$LOGS" | head -c 300 | tr '\n' ' ')"
fi

# 10. non-root and read-only, as it runs
RUSER=$(podman top "$APP" user 2>/dev/null | tail -n +2 | sort -u | tr -d ' \n')
RO=$(podman inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$APP" 2>/dev/null)
{ [ "$RUSER" = 65532 ] || [ "$RUSER" = nonroot ]; } && [ "$RO" = true ]
check "$(verdict $?)" \
	"the running process is user 65532 with a read-only root filesystem" "user ${RUSER:-?}, ReadonlyRootfs ${RO:-?}"

# 11. HEALTHCHECK
HOUT=$(timeout 30 podman healthcheck run "$APP" 2>&1)
HRC=$?
[ "$HRC" = 0 ]
check "$(verdict $?)" "podman healthcheck run reports healthy" "exit $HRC${HOUT:+, $(tr '\n' ' ' <<<"$HOUT")}"

# 12. SIGTERM: clean exit 0, well before podman's 10 s kill
t=$(date +%s%N)
timeout 30 podman stop -t 10 "$APP" >/dev/null 2>&1
STOP_MS=$(ms_since "$t")
EXIT=$(podman inspect --format '{{.State.ExitCode}}' "$APP" 2>/dev/null)
[ "$EXIT" = 0 ] && [ "$STOP_MS" -lt 9000 ]
check "$(verdict $?)" "podman stop -t 10 gives exit code 0" "exit ${EXIT:-?} after $STOP_MS ms"

# 13. the store: serve made its SQLite file on the /data volume under the
# read-only root, and bot report reads it from another container.
REPORT=$(timeout 60 podman run --rm --read-only --network none --no-healthcheck --volumes-from "$APP" "$IMAGE" report --json 2>"$RUN_DIR/report.err")
grep -q '"questions": 0' <<<"$REPORT" && grep -q '"store open"' <<<"$(podman logs "$APP" 2>&1)"
check "$(verdict $?)" "serve opens its SQLite store on /data; bot report reads it" \
	"$(tr '\n' ' ' <<<"${REPORT:-$(cat "$RUN_DIR/report.err")}" | tr -s ' ' | head -c 160)"

TOTAL_MS=$(ms_since "$T0")
echo "image $IMAGE: $SIZE_MB MB; build $((BUILD_MS / 1000)) s; start-up ${STARTUP_MS:-?} ms; stop $STOP_MS ms; whole run $((TOTAL_MS / 1000)) s"
echo "container: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
