#!/usr/bin/env bash
# deploy-validate.sh checks the deployment recipes with no cluster: the
# nested module deploy/validate decodes every Kubernetes manifest in
# deploy/k8s with the real API types (strictly: unknown, misspelt or
# duplicated fields fail), checks security settings, probes, secrets and
# sharding, and decodes deploy/compose.yaml. It downloads k8s.io/api and
# friends from the Go module proxy the first time; the bot's own module does
# not depend on them.
#
#   bash scripts/deploy-validate.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../deploy/validate"
export GOFLAGS=-buildvcs=false
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt would change: $unformatted" >&2
	exit 1
fi
go vet ./...
go test -count=1 ./...
