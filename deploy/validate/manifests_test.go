package validate

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
)

const (
	nonRootUID = 65532
	// podIndexField is the downward-API path of the label that every
	// StatefulSet pod carries with its ordinal
	// (Kubernetes >= 1.28, the PodIndexLabel feature).
	podIndexField = "metadata.labels['apps.kubernetes.io/pod-index']"
	imageName     = "strikebot"
)

func TestManifestsDecodeStrictly(t *testing.T) {
	all := loadManifests(t)
	kinds := map[string]int{}
	for _, m := range all {
		kinds[m.kind]++
	}
	for _, k := range []string{"Deployment", "StatefulSet", "Service", "HorizontalPodAutoscaler", "Secret"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among the manifests (%v)", k, kinds)
		}
	}
}

// TestStrictDecodingCatchesTypos proves the decoding above would fail on a
// misspelt field rather than drop it, as a plain decode would.
func TestStrictDecodingCatchesTypos(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(k8sDir, "http.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := splitDocuments(data)
	if err != nil {
		t.Fatal(err)
	}
	typo := bytes.Replace(docs[0], []byte("readOnlyRootFilesystem:"), []byte("readOnlyRootFileSystem:"), 1)
	if bytes.Equal(typo, docs[0]) {
		t.Fatal("http.yaml's first document has no readOnlyRootFilesystem to misspell")
	}
	if _, _, _, err := decodeManifest(typo); err == nil || !strings.Contains(err.Error(), "readOnlyRootFileSystem") {
		t.Errorf("a misspelt field decoded without error (%v)", err)
	}
	dup := append(append([]byte{}, docs[0]...), []byte("kind: Deployment\n")...)
	if _, _, _, err := decodeManifest(dup); err == nil {
		t.Error("a duplicated field decoded without error")
	}
}

func TestKustomization(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(k8sDir, "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// The fields this kustomization uses, decoded strictly.
	var k struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Labels     []struct {
			Pairs            map[string]string `json:"pairs"`
			IncludeSelectors bool              `json:"includeSelectors"`
		} `json:"labels"`
		Resources []string `json:"resources"`
		Images    []struct {
			Name    string `json:"name"`
			NewName string `json:"newName"`
			NewTag  string `json:"newTag"`
		} `json:"images"`
	}
	if err := decodeStrict(data, &k); err != nil {
		t.Fatalf("kustomization.yaml: %v", err)
	}
	if k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
		t.Errorf("kustomization.yaml is %s %s", k.APIVersion, k.Kind)
	}
	listed := map[string]bool{}
	for _, r := range k.Resources {
		listed[r] = true
		if _, err := os.Stat(filepath.Join(k8sDir, r)); err != nil {
			t.Errorf("resource %s: %v", r, err)
		}
	}
	for _, f := range manifestFiles(t) {
		switch {
		case f == secretTemplate && listed[f]:
			t.Errorf("%s is listed: applying the kustomization would overwrite the real Secret with empty values", f)
		case f != secretTemplate && !listed[f]:
			t.Errorf("%s is not listed in kustomization.yaml's resources", f)
		}
	}
	for _, l := range k.Labels {
		if l.IncludeSelectors {
			t.Error("labels with includeSelectors: true would change the immutable selectors of running workloads")
		}
	}
	if len(k.Images) != 1 || k.Images[0].Name != imageName {
		t.Errorf("images: want one entry for %q, the name the manifests use, got %+v", imageName, k.Images)
	}
}

func TestWorkloadsAreLockedDown(t *testing.T) {
	ws := workloads(loadManifests(t))
	if len(ws) != 2 {
		t.Fatalf("want 2 workloads (HTTP Deployment, gateway StatefulSet), got %d", len(ws))
	}
	for _, w := range ws {
		spec := w.pod.Spec
		if spec.AutomountServiceAccountToken == nil || *spec.AutomountServiceAccountToken {
			t.Errorf("%v: automountServiceAccountToken must be false: the bot never calls the Kubernetes API", w)
		}
		psc := spec.SecurityContext
		if psc == nil {
			t.Errorf("%v: no pod securityContext", w)
			psc = &corev1.PodSecurityContext{}
		}
		if len(spec.Containers) != 1 {
			t.Errorf("%v: want one container, got %d", w, len(spec.Containers))
		}
		for _, c := range spec.Containers {
			sc := c.SecurityContext
			if sc == nil {
				t.Errorf("%v: container %s has no securityContext", w, c.Name)
				continue
			}
			if sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
				t.Errorf("%v: container %s: readOnlyRootFilesystem must be true", w, c.Name)
			}
			if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
				t.Errorf("%v: container %s: allowPrivilegeEscalation must be false", w, c.Name)
			}
			if sc.Privileged != nil && *sc.Privileged {
				t.Errorf("%v: container %s is privileged", w, c.Name)
			}
			if sc.Capabilities == nil || len(sc.Capabilities.Drop) != 1 || sc.Capabilities.Drop[0] != "ALL" || len(sc.Capabilities.Add) != 0 {
				t.Errorf("%v: container %s: capabilities must drop ALL and add none", w, c.Name)
			}
			nonRoot := firstBool(sc.RunAsNonRoot, psc.RunAsNonRoot)
			if nonRoot == nil || !*nonRoot {
				t.Errorf("%v: container %s: runAsNonRoot must be true", w, c.Name)
			}
			uid := firstInt(sc.RunAsUser, psc.RunAsUser)
			if uid == nil || *uid != nonRootUID {
				t.Errorf("%v: container %s: runAsUser must be %d", w, c.Name, nonRootUID)
			}
			for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
				req, okReq := c.Resources.Requests[res]
				lim, okLim := c.Resources.Limits[res]
				if !okReq || !okLim {
					t.Errorf("%v: container %s: want both a request and a limit for %s", w, c.Name, res)
					continue
				}
				if req.Cmp(lim) > 0 {
					t.Errorf("%v: container %s: %s request %s exceeds its limit %s", w, c.Name, res, req.String(), lim.String())
				}
			}
			if lim, ok := c.Resources.Limits[corev1.ResourceMemory]; ok && lim.Cmp(resource.MustParse("64Mi")) < 0 {
				t.Errorf("%v: container %s: memory limit %s is too tight for the fact base and Go runtime", w, c.Name, lim.String())
			}
			if !strings.HasPrefix(c.Image, imageName) {
				t.Errorf("%v: container %s: image %q, want %q (kustomization.yaml's images: sets the registry and tag)", w, c.Name, c.Image, imageName)
			}
			if len(c.Command) != 0 || len(c.Args) != 1 || c.Args[0] != "serve" {
				t.Errorf("%v: container %s: want the image's entrypoint with args [serve], got command %v args %v", w, c.Name, c.Command, c.Args)
			}
		}
	}
}

func TestProbesOnTheHealthPort(t *testing.T) {
	for _, w := range workloads(loadManifests(t)) {
		for _, c := range w.pod.Spec.Containers {
			health, ok := envVar(c, "HEALTH_ADDR")
			if !ok || health.Value == "" {
				t.Errorf("%v: container %s: HEALTH_ADDR not set, so no /healthz or /readyz to probe", w, c.Name)
				continue
			}
			port, err := addrPort(health.Value)
			if err != nil {
				t.Errorf("%v: HEALTH_ADDR: %v", w, err)
				continue
			}
			for _, p := range []struct {
				what  string
				probe *corev1.Probe
				path  string
			}{{"livenessProbe", c.LivenessProbe, "/healthz"}, {"readinessProbe", c.ReadinessProbe, "/readyz"}} {
				if p.probe == nil || p.probe.HTTPGet == nil {
					t.Errorf("%v: container %s: want an httpGet %s on %s", w, c.Name, p.what, p.path)
					continue
				}
				if p.probe.HTTPGet.Path != p.path {
					t.Errorf("%v: container %s: %s path %q, want %q", w, c.Name, p.what, p.probe.HTTPGet.Path, p.path)
				}
				if got, ok := containerPort(c, p.probe.HTTPGet.Port); !ok || got != port {
					t.Errorf("%v: container %s: %s port %s is not HEALTH_ADDR's port %d", w, c.Name, p.what, p.probe.HTTPGet.Port.String(), port)
				}
				if p.probe.TimeoutSeconds < 1 || p.probe.TimeoutSeconds > 5 {
					t.Errorf("%v: container %s: %s timeoutSeconds %d", w, c.Name, p.what, p.probe.TimeoutSeconds)
				}
			}
		}
	}
}

func TestHTTPEndpoint(t *testing.T) {
	all := loadManifests(t)
	d, dm := only[*appsv1.Deployment](t, all)
	c := d.Spec.Template.Spec.Containers[0]
	addr, ok := envVar(c, "INTERACTIONS_ADDR")
	if !ok || addr.Value == "" {
		t.Fatalf("%v: INTERACTIONS_ADDR is not set", dm)
	}
	port, err := addrPort(addr.Value)
	if err != nil {
		t.Fatalf("%v: INTERACTIONS_ADDR: %v", dm, err)
	}
	if key, ok := envVar(c, "DISCORD_PUBLIC_KEY"); !ok || key.ValueFrom == nil || key.ValueFrom.SecretKeyRef == nil {
		t.Errorf("%v: DISCORD_PUBLIC_KEY must come from a Secret", dm)
	}
	if _, ok := envVar(c, "DISCORD_TOKEN"); ok {
		t.Errorf("%v: DISCORD_TOKEN is set: each replica would open its own gateway session", dm)
	}
	if health, ok := envVar(c, "HEALTH_ADDR"); ok && health.Value == addr.Value {
		t.Errorf("%v: HEALTH_ADDR and INTERACTIONS_ADDR are both %s", dm, addr.Value)
	}

	// The Service in front of it selects its pods and reaches INTERACTIONS_ADDR.
	var svc *corev1.Service
	for _, m := range all {
		if s, ok := m.obj.(*corev1.Service); ok && selects(s.Spec.Selector, d.Spec.Template.Labels) {
			if svc != nil {
				t.Errorf("two Services select %v", dm)
			}
			svc = s
		}
	}
	if svc == nil {
		t.Fatalf("no Service selects %v", dm)
	}
	if svc.Spec.ClusterIP == corev1.ClusterIPNone {
		t.Errorf("Service %s is headless: a load-balanced ClusterIP is wanted", svc.Name)
	}
	reaches := false
	for _, sp := range svc.Spec.Ports {
		if got, ok := containerPort(c, sp.TargetPort); ok && got == port {
			reaches = true
		}
	}
	if !reaches {
		t.Errorf("Service %s has no port targeting INTERACTIONS_ADDR's port %d", svc.Name, port)
	}

	hpa, hm := only[*autoscalingv2.HorizontalPodAutoscaler](t, all)
	ref := hpa.Spec.ScaleTargetRef
	if ref.APIVersion != "apps/v1" || ref.Kind != "Deployment" || ref.Name != d.Name {
		t.Errorf("%v scales %s %s %s, want apps/v1 Deployment %s", hm, ref.APIVersion, ref.Kind, ref.Name, d.Name)
	}
	if hpa.Spec.MinReplicas == nil || *hpa.Spec.MinReplicas < 2 || *hpa.Spec.MinReplicas > hpa.Spec.MaxReplicas {
		t.Errorf("%v: want 2 <= minReplicas <= maxReplicas (%d)", hm, hpa.Spec.MaxReplicas)
	}
	if len(hpa.Spec.Metrics) == 0 {
		t.Errorf("%v: no metrics to scale on", hm)
	}
	for _, m := range hpa.Spec.Metrics {
		if m.Type == autoscalingv2.ResourceMetricSourceType && m.Resource != nil {
			if _, ok := c.Resources.Requests[m.Resource.Name]; !ok {
				t.Errorf("%v scales on %s utilization but the container requests no %s", hm, m.Resource.Name, m.Resource.Name)
			}
		}
	}
	if d.Spec.Replicas != nil && hpa.Spec.MinReplicas != nil && *d.Spec.Replicas < *hpa.Spec.MinReplicas {
		t.Errorf("%v: replicas %d below the autoscaler's minimum %d", dm, *d.Spec.Replicas, *hpa.Spec.MinReplicas)
	}

	for _, m := range all {
		if pdb, ok := m.obj.(*policyv1.PodDisruptionBudget); ok {
			sel, err := metav1.LabelSelectorAsSelector(pdb.Spec.Selector)
			if err != nil || !sel.Matches(labels.Set(d.Spec.Template.Labels)) {
				t.Errorf("%v does not select %v's pods", m, dm)
			}
		}
	}
}

func TestGatewayShardsFromPodIndex(t *testing.T) {
	all := loadManifests(t)
	s, sm := only[*appsv1.StatefulSet](t, all)
	c := s.Spec.Template.Spec.Containers[0]
	id, ok := envVar(c, "SHARD_ID")
	if !ok || id.ValueFrom == nil || id.ValueFrom.FieldRef == nil || id.ValueFrom.FieldRef.FieldPath != podIndexField {
		t.Errorf("%v: SHARD_ID must come from the downward API field %s", sm, podIndexField)
	}
	count, ok := envVar(c, "SHARD_COUNT")
	replicas := int32(1)
	if s.Spec.Replicas != nil {
		replicas = *s.Spec.Replicas
	}
	if !ok || count.Value != strconv.Itoa(int(replicas)) {
		t.Errorf("%v: SHARD_COUNT %q must equal replicas %d (one pod per shard)", sm, count.Value, replicas)
	}
	if tok, ok := envVar(c, "DISCORD_TOKEN"); !ok || tok.ValueFrom == nil || tok.ValueFrom.SecretKeyRef == nil {
		t.Errorf("%v: DISCORD_TOKEN must come from a Secret", sm)
	}
	if _, ok := envVar(c, "INTERACTIONS_ADDR"); ok {
		t.Errorf("%v: INTERACTIONS_ADDR is set: the HTTP endpoint is the Deployment's job", sm)
	}
	if s.Spec.PodManagementPolicy == appsv1.ParallelPodManagement {
		t.Errorf("%v: Parallel pod management would start every shard's login at once", sm)
	}
	var governing *corev1.Service
	for _, m := range all {
		if svc, ok := m.obj.(*corev1.Service); ok && svc.Name == s.Spec.ServiceName {
			governing = svc
		}
	}
	switch {
	case governing == nil:
		t.Errorf("%v: serviceName %q names no Service in the manifests", sm, s.Spec.ServiceName)
	case governing.Spec.ClusterIP != corev1.ClusterIPNone:
		t.Errorf("%v: its governing Service %s must be headless", sm, governing.Name)
	case !selects(governing.Spec.Selector, s.Spec.Template.Labels):
		t.Errorf("%v: its governing Service %s does not select its pods", sm, governing.Name)
	}
}

func TestSelectorsMatchTheirPods(t *testing.T) {
	all := loadManifests(t)
	ws := workloads(all)
	for _, w := range ws {
		sel, err := metav1.LabelSelectorAsSelector(w.selector)
		if err != nil || sel.Empty() {
			t.Errorf("%v: bad or empty selector: %v", w, err)
			continue
		}
		if !sel.Matches(labels.Set(w.pod.Labels)) {
			t.Errorf("%v: selector %s does not match its pod labels %v", w, sel, w.pod.Labels)
		}
		for _, other := range ws {
			if other.name != w.name && sel.Matches(labels.Set(other.pod.Labels)) {
				t.Errorf("%v: selector also matches %v's pods", w, other)
			}
		}
	}
	for _, m := range all {
		svc, ok := m.obj.(*corev1.Service)
		if !ok {
			continue
		}
		n := 0
		for _, w := range ws {
			if selects(svc.Spec.Selector, w.pod.Labels) {
				n++
				for _, p := range svc.Spec.Ports {
					if _, ok := containerPort(w.pod.Spec.Containers[0], p.TargetPort); !ok {
						t.Errorf("%v: port %s targets %s, which %v does not declare", m, p.Name, p.TargetPort.String(), w)
					}
				}
			}
		}
		if n != 1 {
			t.Errorf("%v selects the pods of %d workloads, want 1", m, n)
		}
	}
}

func TestSecretTemplateAndReferences(t *testing.T) {
	all := loadManifests(t)
	var secret *corev1.Secret
	for _, m := range all {
		if s, ok := m.obj.(*corev1.Secret); ok {
			if m.file != secretTemplate {
				t.Errorf("%v: Secrets belong in %s only, as a template", m, secretTemplate)
			}
			secret = s
		}
	}
	if secret == nil {
		t.Fatalf("no Secret template in %s", secretTemplate)
	}
	if len(secret.Data) != 0 {
		t.Errorf("Secret template has data: values; use empty stringData")
	}
	for k, v := range secret.StringData {
		if v != "" {
			t.Errorf("Secret template: %s has a value; a template holds none", k)
		}
	}
	for _, w := range workloads(all) {
		for _, c := range w.pod.Spec.Containers {
			for _, e := range c.Env {
				if e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
					continue
				}
				ref := e.ValueFrom.SecretKeyRef
				if ref.Name != secret.Name {
					t.Errorf("%v: %s reads Secret %q, but the template is %q", w, e.Name, ref.Name, secret.Name)
				}
				if _, ok := secret.StringData[ref.Key]; !ok {
					t.Errorf("%v: %s reads key %q, which the Secret template does not define", w, e.Name, ref.Key)
				}
			}
		}
	}
}

func TestManifestEnvNamesAreConfigVars(t *testing.T) {
	known := configVars(t)
	for _, w := range workloads(loadManifests(t)) {
		for _, c := range w.pod.Spec.Containers {
			for _, e := range c.Env {
				if !known[e.Name] {
					t.Errorf("%v: %s is not a variable the bot reads (cmd/bot/config.go)", w, e.Name)
				}
			}
		}
	}
}

// containerPort resolves a probe's or Service's port, by name or number,
// to one the container declares.
func containerPort(c corev1.Container, p intstr.IntOrString) (int32, bool) {
	for _, cp := range c.Ports {
		if (p.Type == intstr.String && cp.Name == p.StrVal) || (p.Type == intstr.Int && cp.ContainerPort == p.IntVal) {
			return cp.ContainerPort, true
		}
	}
	return 0, false
}

// selects reports whether a Service selector matches a set of pod labels.
func selects(selector, podLabels map[string]string) bool {
	return len(selector) > 0 && labels.SelectorFromSet(selector).Matches(labels.Set(podLabels))
}

func firstBool(vs ...*bool) *bool {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

func firstInt(vs ...*int64) *int64 {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

// goMemLimit parses a GOMEMLIMIT value as the Go runtime does: a number of
// bytes with an optional B, KiB, MiB, GiB or TiB suffix.
func goMemLimit(v string) (int64, bool) {
	for i, unit := range []string{"TiB", "GiB", "MiB", "KiB", "B"} {
		if n, ok := strings.CutSuffix(v, unit); ok {
			x, err := strconv.ParseInt(n, 10, 64)
			return x << (10 * (4 - i)), err == nil && x > 0
		}
	}
	x, err := strconv.ParseInt(v, 10, 64)
	return x, err == nil && x > 0
}

// TestGoMemLimitBelowTheContainerLimit: every container tells the Go
// runtime its memory budget, below the limit at which it would be killed.
func TestGoMemLimitBelowTheContainerLimit(t *testing.T) {
	for _, w := range workloads(loadManifests(t)) {
		for _, c := range w.pod.Spec.Containers {
			lim := c.Resources.Limits[corev1.ResourceMemory]
			var soft string
			for _, e := range c.Env {
				if e.Name == "GOMEMLIMIT" {
					soft = e.Value
				}
			}
			n, ok := goMemLimit(soft)
			if !ok || n >= lim.Value() || n < lim.Value()/2 {
				t.Errorf("%v: container %s: GOMEMLIMIT %q, want from half to below the memory limit %s", w, c.Name, soft, lim.String())
			}
		}
	}
	for name, s := range loadCompose(t).Services {
		lim, err := resource.ParseQuantity(strings.TrimSuffix(s.MemLimit, "m") + "Mi")
		n, ok := goMemLimit(s.Environment["GOMEMLIMIT"])
		if err != nil || !ok || n >= lim.Value() || n < lim.Value()/2 {
			t.Errorf("compose %s: GOMEMLIMIT %q and mem_limit %q, want a limit and GOMEMLIMIT from half to below it", name, s.Environment["GOMEMLIMIT"], s.MemLimit)
		}
	}
}
