// Package validate checks strikebot's deployment recipes with no cluster and
// no container engine: its tests decode every Kubernetes manifest in
// deploy/k8s with the real API types (unknown or misspelt fields fail),
// check the security settings, probes, secrets and sharding that
// deploy/README.md promises, and decode deploy/compose.yaml strictly.
//
// It is a module of its own so that the bot's module keeps its few
// dependencies; run it with scripts/deploy-validate.sh.
package validate
