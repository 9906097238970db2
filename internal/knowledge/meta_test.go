package knowledge

import "testing"

// TestKindTables keeps score's fixed-size tables in step with the kinds and
// disputes: a kind added to Kinds must also grow numKinds.
func TestKindTables(t *testing.T) {
	if len(Kinds) != numKinds {
		t.Fatalf("numKinds = %d, but Kinds has %d entries", numKinds, len(Kinds))
	}
	for _, d := range []Dispute{Dispute2016, Dispute2023, DisputeBoth} {
		found := false
		for _, o := range disputeOrder {
			found = found || o == d
		}
		if !found {
			t.Errorf("disputeOrder lacks %q", d)
		}
	}
}
