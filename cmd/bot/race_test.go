//go:build race

package main

// raceEnabled reports that the race detector is on: it multiplies memory,
// so the hostile-connection test checks the Go heap instead of RSS then.
const raceEnabled = true
