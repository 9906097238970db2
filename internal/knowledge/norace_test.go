//go:build !race

package knowledge

// raceEnabled reports that the race detector is on, which makes the
// exhaustive comparison tests slow enough to sample instead.
const raceEnabled = false
