package validate

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	sigsjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// Paths, relative to this package's directory (go test's working directory).
const (
	k8sDir      = "../k8s"
	composeFile = "../compose.yaml"
	configGo    = "../../cmd/bot/config.go"
	// secretTemplate is the one manifest deliberately left out of the
	// kustomization, so that applying it never overwrites real credentials.
	secretTemplate = "secret.example.yaml"
)

// newObject returns an empty typed object for an apiVersion and kind: the
// kinds the recipes use. Anything else is a mistake or needs adding here.
func newObject(apiVersion, kind string) (any, error) {
	switch apiVersion + "/" + kind {
	case "apps/v1/Deployment":
		return &appsv1.Deployment{}, nil
	case "apps/v1/StatefulSet":
		return &appsv1.StatefulSet{}, nil
	case "v1/Service":
		return &corev1.Service{}, nil
	case "v1/Secret":
		return &corev1.Secret{}, nil
	case "autoscaling/v2/HorizontalPodAutoscaler":
		return &autoscalingv2.HorizontalPodAutoscaler{}, nil
	case "policy/v1/PodDisruptionBudget":
		return &policyv1.PodDisruptionBudget{}, nil
	}
	return nil, fmt.Errorf("unexpected kind %s %s", apiVersion, kind)
}

// manifest is one decoded document of a manifest file.
type manifest struct {
	file string // base name in deploy/k8s
	doc  int    // 1-based document number in the file
	kind string
	name string
	obj  any
}

func (m manifest) String() string { return fmt.Sprintf("%s#%d %s/%s", m.file, m.doc, m.kind, m.name) }

// splitDocuments splits a multi-document YAML file, dropping documents that
// hold nothing but comments.
func splitDocuments(data []byte) ([][]byte, error) {
	r := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	var docs [][]byte
	for {
		doc, err := r.Read()
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("split documents: %w", err)
		}
		var probe any
		if err := yaml.Unmarshal(doc, &probe); err != nil {
			return nil, fmt.Errorf("document %d: %w", len(docs)+1, err)
		}
		if probe != nil {
			docs = append(docs, doc)
		}
	}
}

// decodeManifest decodes one document strictly into its typed object: an
// unknown or duplicated field is an error, as kubectl's server-side field
// validation would make it.
func decodeManifest(doc []byte) (kind, name string, obj any, err error) {
	var tm struct {
		metav1.TypeMeta `json:",inline"`
		Metadata        struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := yaml.Unmarshal(doc, &tm); err != nil {
		return "", "", nil, fmt.Errorf("read kind: %w", err)
	}
	obj, err = newObject(tm.APIVersion, tm.Kind)
	if err != nil {
		return "", "", nil, err
	}
	if err := decodeStrict(doc, obj); err != nil {
		return "", "", nil, fmt.Errorf("decode %s %s: %w", tm.Kind, tm.Metadata.Name, err)
	}
	if tm.Metadata.Name == "" {
		return "", "", nil, fmt.Errorf("%s without metadata.name", tm.Kind)
	}
	return tm.Kind, tm.Metadata.Name, obj, nil
}

// decodeStrict decodes YAML into v the way the API server reads a request
// with strict field validation: field names are case-sensitive, and an
// unknown or duplicated field is an error. (sigs.k8s.io/yaml's own
// UnmarshalStrict uses encoding/json, which matches field names
// case-insensitively and so would accept readOnlyRootFileSystem, a field
// Kubernetes drops.)
func decodeStrict(doc []byte, v any) error {
	j, err := yaml.YAMLToJSONStrict(doc)
	if err != nil {
		return fmt.Errorf("yaml: %w", err)
	}
	strictErrs, err := sigsjson.UnmarshalStrict(j, v, sigsjson.DisallowDuplicateFields, sigsjson.DisallowUnknownFields)
	if err != nil {
		return err
	}
	return errors.Join(strictErrs...)
}

// manifestFiles lists the manifest files in deploy/k8s, kustomization.yaml
// aside.
func manifestFiles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(k8sDir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range paths {
		if b := filepath.Base(p); b != "kustomization.yaml" {
			files = append(files, b)
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no manifests in %s", k8sDir)
	}
	return files
}

// loadManifests decodes every document of every manifest file, failing the
// test on the first that does not decode.
func loadManifests(t *testing.T) []manifest {
	t.Helper()
	var all []manifest
	for _, f := range manifestFiles(t) {
		data, err := os.ReadFile(filepath.Join(k8sDir, f))
		if err != nil {
			t.Fatal(err)
		}
		docs, err := splitDocuments(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i, doc := range docs {
			kind, name, obj, err := decodeManifest(doc)
			if err != nil {
				t.Fatalf("%s document %d: %v", f, i+1, err)
			}
			all = append(all, manifest{file: f, doc: i + 1, kind: kind, name: name, obj: obj})
		}
	}
	return all
}

// workload is a Deployment or StatefulSet reduced to what the checks need.
type workload struct {
	manifest
	replicas *int32
	selector *metav1.LabelSelector
	pod      corev1.PodTemplateSpec
}

func workloads(all []manifest) []workload {
	var ws []workload
	for _, m := range all {
		switch o := m.obj.(type) {
		case *appsv1.Deployment:
			ws = append(ws, workload{m, o.Spec.Replicas, o.Spec.Selector, o.Spec.Template})
		case *appsv1.StatefulSet:
			ws = append(ws, workload{m, o.Spec.Replicas, o.Spec.Selector, o.Spec.Template})
		}
	}
	return ws
}

// only returns the single object of type T, failing the test otherwise.
func only[T any](t *testing.T, all []manifest) (T, manifest) {
	t.Helper()
	var found []manifest
	for _, m := range all {
		if _, ok := m.obj.(T); ok {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		var zero T
		t.Fatalf("want exactly one %T, found %d: %v", zero, len(found), found)
	}
	return found[0].obj.(T), found[0]
}

// envVar finds a container's environment variable by name.
func envVar(c corev1.Container, name string) (corev1.EnvVar, bool) {
	for _, e := range c.Env {
		if e.Name == name {
			return e, true
		}
	}
	return corev1.EnvVar{}, false
}

// addrPort returns the port of a listen address such as ":8080".
func addrPort(addr string) (int32, error) {
	i := strings.LastIndex(addr, ":")
	if i < 0 {
		return 0, fmt.Errorf("address %q has no port", addr)
	}
	n, err := strconv.ParseInt(addr[i+1:], 10, 32)
	if err != nil || n < 1 || n > 65535 {
		return 0, fmt.Errorf("address %q: bad port", addr)
	}
	return int32(n), nil
}

// configVars reads the list of environment variables the bot reads from
// cmd/bot/config.go, so that a misspelt variable in a manifest fails here
// instead of being silently ignored in production.
func configVars(t *testing.T) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), configGo, nil, 0)
	if err != nil {
		t.Fatalf("parse %s: %v", configGo, err)
	}
	// The Go runtime's own variables are read too, by the runtime.
	vars := map[string]bool{"GOMEMLIMIT": true}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "configVars" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, e := range lit.Elts {
			if bl, ok := e.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					vars[s] = true
				}
			}
		}
		return false
	})
	if len(vars) == 1 {
		t.Fatalf("found no configVars list in %s", configGo)
	}
	return vars
}
