//go:build unix

package knowledge

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe, or skips the test where that is not allowed.
func mkfifo(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// mknodNull makes a character device like /dev/null (1, 3), or skips the
// test where that is not allowed (it needs privileges).
func mknodNull(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mknod(name, syscall.S_IFCHR|0o644, 1<<8|3); err != nil {
		t.Skipf("mknod: %v", err)
	}
}
