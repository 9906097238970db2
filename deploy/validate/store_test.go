package validate

import (
	"os"
	"slices"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
)

// The store in the recipes: SQLite on a volume at /data (the image's
// default DATABASE_URL, the one writable place under the read-only root),
// or PostgreSQL, shared by replicas, with its password never written into
// a file.

const (
	composePostgresFile = "../compose.postgres.yaml"
	dataDir             = "/data"
	passwordVar         = "${STRIKEBOT_DB_PASSWORD:?"
)

func TestComposeSQLiteVolume(t *testing.T) {
	p := loadCompose(t)
	for name, s := range p.Services {
		var vol string
		for _, v := range s.Volumes {
			if src, dst, ok := strings.Cut(v, ":"); ok && dst == dataDir {
				vol = src
			}
		}
		if vol == "" {
			t.Errorf("%s: no volume at %s, so the SQLite store cannot be written under the read-only root", name, dataDir)
			continue
		}
		if _, ok := p.Volumes[vol]; !ok {
			t.Errorf("%s: volume %q is not declared at the top level (a named volume keeps the store across re-creation)", name, vol)
		}
		if v, ok := s.Environment["DATABASE_URL"]; ok && !strings.HasPrefix(v, dataDir+"/") {
			t.Errorf("%s: DATABASE_URL %q is not on the %s volume", name, v, dataDir)
		}
	}
}

// composeOverride is compose.postgres.yaml, decoded strictly.
type composeOverride struct {
	Services map[string]struct {
		Image       string             `json:"image"`
		Environment map[string]string  `json:"environment"`
		Volumes     []string           `json:"volumes"`
		Healthcheck composeHealthcheck `json:"healthcheck"`
		DependsOn   map[string]struct {
			Condition string `json:"condition"`
		} `json:"depends_on"`
		Restart         string `json:"restart"`
		StopGracePeriod string `json:"stop_grace_period"`
	} `json:"services"`
	Volumes map[string]struct{} `json:"volumes"`
}

func TestComposePostgres(t *testing.T) {
	data, err := os.ReadFile(composePostgresFile)
	if err != nil {
		t.Fatal(err)
	}
	var o composeOverride
	if err := decodeStrict(data, &o); err != nil {
		t.Fatalf("compose.postgres.yaml: %v", err)
	}
	base := loadCompose(t)
	pg, ok := o.Services["postgres"]
	if !ok || !strings.HasPrefix(pg.Image, "postgres:") {
		t.Fatalf("no postgres service on a postgres: image: %+v", o.Services)
	}
	if !strings.HasPrefix(pg.Environment["POSTGRES_PASSWORD"], passwordVar) {
		t.Errorf("postgres: POSTGRES_PASSWORD %q must come from %s…} (no password in the file)", pg.Environment["POSTGRES_PASSWORD"], passwordVar)
	}
	if len(pg.Volumes) == 0 || !strings.HasSuffix(pg.Volumes[0], ":/var/lib/postgresql/data") {
		t.Errorf("postgres: volumes %v, want its data directory on a volume", pg.Volumes)
	} else if _, ok := o.Volumes[strings.Split(pg.Volumes[0], ":")[0]]; !ok {
		t.Errorf("postgres: volume %s is not declared", pg.Volumes[0])
	}
	if !slices.Contains(pg.Healthcheck.Test, "pg_isready") {
		t.Errorf("postgres: healthcheck %v, want pg_isready (the bots wait for it)", pg.Healthcheck.Test)
	}
	user, db := pg.Environment["POSTGRES_USER"], pg.Environment["POSTGRES_DB"]
	for name := range base.Services {
		s, ok := o.Services[name]
		if !ok {
			t.Errorf("%s: not pointed at PostgreSQL", name)
			continue
		}
		u := s.Environment["DATABASE_URL"]
		if !strings.HasPrefix(u, "postgres://"+user+":"+passwordVar) || !strings.Contains(u, "@postgres:5432/"+db+"?") {
			t.Errorf("%s: DATABASE_URL %q, want postgres://%s:%s…}@postgres:5432/%s?…", name, u, user, passwordVar, db)
		}
		if s.DependsOn["postgres"].Condition != "service_healthy" {
			t.Errorf("%s: must wait for postgres to be healthy (depends_on condition service_healthy)", name)
		}
		if s.Image != "" {
			t.Errorf("%s: the override must not change the bot's image", name)
		}
	}
}

func TestKubernetesStore(t *testing.T) {
	all := loadManifests(t)
	sts, sm := only[*appsv1.StatefulSet](t, all)
	dep, dm := only[*appsv1.Deployment](t, all)

	// The gateway: SQLite on a per-shard claim at /data unless the Secret
	// gives PostgreSQL.
	c := sts.Spec.Template.Spec.Containers[0]
	var claim string
	for _, m := range c.VolumeMounts {
		if m.MountPath == dataDir {
			claim = m.Name
		}
	}
	var templated bool
	for _, vct := range sts.Spec.VolumeClaimTemplates {
		templated = templated || vct.Name == claim && slices.Contains(vct.Spec.AccessModes, corev1.ReadWriteOnce)
	}
	if claim == "" || !templated {
		t.Errorf("%v: no ReadWriteOnce volumeClaimTemplate mounted at %s for the SQLite store", sm, dataDir)
	}
	if sc := sts.Spec.Template.Spec.SecurityContext; sc == nil || sc.FSGroup == nil || *sc.FSGroup != nonRootUID {
		t.Errorf("%v: fsGroup must be %d so the bot can write its volume", sm, nonRootUID)
	}
	if e, ok := envVar(c, "DATABASE_URL"); !ok || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil ||
		e.ValueFrom.SecretKeyRef.Optional == nil || !*e.ValueFrom.SecretKeyRef.Optional {
		t.Errorf("%v: DATABASE_URL must come from the Secret, optionally (SQLite on the volume without it)", sm)
	}

	// The HTTP replicas: PostgreSQL from the Secret, required.
	hc := dep.Spec.Template.Spec.Containers[0]
	if e, ok := envVar(hc, "DATABASE_URL"); !ok || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil ||
		(e.ValueFrom.SecretKeyRef.Optional != nil && *e.ValueFrom.SecretKeyRef.Optional) {
		t.Errorf("%v: DATABASE_URL must come from the Secret, required: replicas share one PostgreSQL", dm)
	}
	for _, m := range hc.VolumeMounts {
		if m.MountPath == dataDir {
			t.Errorf("%v: a volume at %s would give each replica its own SQLite store", dm, dataDir)
		}
	}
}
