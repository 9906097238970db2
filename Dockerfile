# strikebot's image: the bot, its fact base embedded, in an empty (scratch)
# image of about 21 MB. Builds with `docker build -t strikebot .` (BuildKit,
# the default since Docker 23) and with `buildah bud --format docker`
# (see scripts/container-test.sh). deploy/README.md says how to run it.

FROM golang:1.26 AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOCACHE=/root/.cache/go-build

# Modules first, in their own layer: it is rebuilt only when go.mod or
# go.sum change, not on every source edit.
COPY go.mod go.sum ./
RUN go mod download

# The runtime needs only the CA bundle (TLS to Discord) and a passwd entry
# naming the non-root user; scratch has neither, so make them here.
# /data is where the SQLite store lives (DATABASE_URL below): an empty
# directory owned by the bot's user, so that a volume mounted there (a
# Docker or podman named volume copies the directory's owner) is writable
# under the read-only root.
RUN mkdir -p /out/etc/ssl/certs /out/data \
 && chown 65532:65532 /out/data \
 && cp /etc/ssl/certs/ca-certificates.crt /out/etc/ssl/certs/ \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/nonexistent:/sbin/nologin\n' > /out/etc/passwd \
 && printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group

COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/bot ./cmd/bot \
 && /out/bot version

FROM scratch
ARG VERSION=dev
LABEL org.opencontainers.image.title="strikebot" \
      org.opencontainers.image.description="Discord bot answering questions about UK junior doctors' strikes from an embedded fact base" \
      org.opencontainers.image.source="https://github.com/strikebot/strikebot" \
      org.opencontainers.image.version="${VERSION}"
COPY --from=build /out/etc/ /etc/
COPY --from=build /out/bot /bot
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
# The store: questions, outcomes and feedback in SQLite on the /data volume
# (run with -v strikebot-data:/data to keep it; without, the runtime makes
# an anonymous volume). Set DATABASE_URL=postgres://… to use PostgreSQL.
ENV LOG_FORMAT=json HEALTH_ADDR=:8080 DATABASE_URL=/data/strikebot.db
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/bot", "healthcheck"]
ENTRYPOINT ["/bot"]
CMD ["serve"]
