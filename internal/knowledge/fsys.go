package knowledge

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"
)

// MaxFileSize caps every file of a fact base (articles and data files alike),
// so that a stray log or disk image in the directory is an error rather than
// memory exhaustion. The real articles are a few kilobytes.
const MaxFileSize = 1 << 20

// Dir is a fact base directory on disk, read through os.Root: no name,
// symbolic link or ".." can reach outside it. Open it with OpenDir, pass it to
// Load or ReadArticles as an fs.FS, and Close it when done.
type Dir struct {
	root *os.Root
}

// OpenDir opens the fact base directory dir.
func OpenDir(dir string) (*Dir, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open fact base: %w", err)
	}
	return &Dir{root: r}, nil
}

// Close releases the directory.
func (d *Dir) Close() error { return d.root.Close() }

// Open opens name for reading. It opens without blocking, so a named pipe
// swapped in after the loader's Stat cannot hang it: the loader checks the
// opened file's mode again before reading.
func (d *Dir) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := d.root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Stat describes name, following symbolic links that stay inside the
// directory, without opening it: opening a device may have side effects.
func (d *Dir) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	return d.root.Stat(name)
}

// readFile reads one file of the fact base: a regular file of at most
// MaxFileSize bytes. Its mode is checked before it is opened (a named pipe
// would block the open) and again on the opened file.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(st); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(st); err != nil {
		return nil, err
	}
	// Sized from Stat as os.ReadFile does, but never read past the cap:
	// the size may be wrong (a file growing, a lying file system).
	b := make([]byte, 0, st.Size()+1)
	r := io.LimitReader(f, MaxFileSize+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(b) > MaxFileSize {
		return nil, errTooBig
	}
	return b, nil
}

var errTooBig = fmt.Errorf("larger than the %d MiB limit for a fact base file", MaxFileSize>>20)

func checkRegular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular() && st.Size() > MaxFileSize:
		return fmt.Errorf("%d bytes: %w", st.Size(), errTooBig)
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("a directory, not a file")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("a named pipe, not a regular file")
	case m&fs.ModeSocket != 0:
		return errors.New("a socket, not a regular file")
	case m&fs.ModeDevice != 0:
		return errors.New("a device, not a regular file")
	case m&fs.ModeSymlink != 0:
		return errors.New("a symbolic link, not a regular file")
	default:
		return fmt.Errorf("not a regular file (mode %v)", m)
	}
}

// read reads name through readFile, reporting any failure as a problem.
func (l *loader) read(name string) ([]byte, bool) {
	b, err := readFile(l.fsys, name)
	if err != nil {
		l.add(name, 0, "read: %s", pathErrMsg(err))
		return nil, false
	}
	return b, true
}

// pathErrMsg drops the path from a *fs.PathError, which the problem already
// names: "stat articles/a.txt: path escapes from parent" → "path escapes from
// parent".
func pathErrMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// listDir lists the files of dir that end in ext, and reports every other
// entry as a problem: a fact base file with another name (facts/x.yml, a
// backup, a subfolder) would otherwise be silently ignored, and the binary
// embeds only the names data/data.go lists.
func (l *loader) listDir(dir, ext string) []string {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) { // the caller reports an empty list
			l.add(dir, 0, "read: %s", pathErrMsg(err))
		}
		return nil
	}
	var names []string
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		switch {
		case e.IsDir():
			l.add(name, 0, "a folder inside %s/ is not read; move its files up or out", dir)
		case ext == ".yaml" && strings.HasSuffix(e.Name(), ".yml"):
			l.add(name, 0, "rename to %s.yaml: only *.yaml files are read (and embedded)", strings.TrimSuffix(e.Name(), ".yml"))
		case !strings.HasSuffix(e.Name(), ext) || e.Name() == ext:
			l.add(name, 0, "not a *%s file; %s/ holds only *%s files (move it out)", ext, dir, ext)
		default:
			names = append(names, name)
		}
	}
	return names
}
