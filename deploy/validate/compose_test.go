package validate

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// composeService holds the fields of a Compose service that compose.yaml
// uses; decoding strictly into it rejects anything misspelt or unexpected.
type composeService struct {
	Image string `json:"image"`
	Build struct {
		Context    string `json:"context"`
		Dockerfile string `json:"dockerfile"`
	} `json:"build"`
	Command         []string           `json:"command"`
	EnvFile         []string           `json:"env_file"`
	Environment     map[string]string  `json:"environment"`
	ReadOnly        bool               `json:"read_only"`
	User            string             `json:"user"`
	CapDrop         []string           `json:"cap_drop"`
	SecurityOpt     []string           `json:"security_opt"`
	Restart         string             `json:"restart"`
	StopGracePeriod string             `json:"stop_grace_period"`
	MemLimit        string             `json:"mem_limit"`
	Healthcheck     composeHealthcheck `json:"healthcheck"`
	Ports           []string           `json:"ports"`
	Volumes         []string           `json:"volumes"`
}

// composeHealthcheck is a service's healthcheck.
type composeHealthcheck struct {
	Test        []string `json:"test"`
	Interval    string   `json:"interval"`
	Timeout     string   `json:"timeout"`
	Retries     int      `json:"retries"`
	StartPeriod string   `json:"start_period"`
}

// composeProject is compose.yaml's top level; x-strikebot is the anchor the
// two services merge.
type composeProject struct {
	Name       string                    `json:"name"`
	XStrikebot composeService            `json:"x-strikebot"`
	Services   map[string]composeService `json:"services"`
	Volumes    map[string]struct{}       `json:"volumes"`
}

func loadCompose(t *testing.T) composeProject {
	t.Helper()
	data, err := os.ReadFile(composeFile)
	if err != nil {
		t.Fatal(err)
	}
	var p composeProject
	if err := decodeStrict(data, &p); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	return p
}

func TestComposeServices(t *testing.T) {
	p := loadCompose(t)
	gw, okGW := p.Services["gateway"]
	http, okHTTP := p.Services["http"]
	if !okGW || !okHTTP || len(p.Services) != 2 {
		t.Fatalf("want services gateway and http, got %v", keys(p.Services))
	}
	for name, s := range p.Services {
		if s.Image == "" || s.Image != gw.Image {
			t.Errorf("%s: image %q, want one image for both services (gateway has %q)", name, s.Image, gw.Image)
		}
		if !strings.HasPrefix(s.Image, imageName+":") && s.Image != imageName {
			t.Errorf("%s: image %q, want %s (the name the Kubernetes manifests use)", name, s.Image, imageName)
		}
		if s.Build.Context != ".." || s.Build.Dockerfile != "Dockerfile" {
			t.Errorf("%s: build %+v, want the repository root's Dockerfile", name, s.Build)
		}
		if !slices.Equal(s.Command, []string{"serve"}) {
			t.Errorf("%s: command %v, want [serve]", name, s.Command)
		}
		if !slices.Contains(s.EnvFile, "../.env") {
			t.Errorf("%s: env_file %v, want ../.env", name, s.EnvFile)
		}
		if !s.ReadOnly {
			t.Errorf("%s: read_only must be true", name)
		}
		if s.User != "65532:65532" {
			t.Errorf("%s: user %q, want 65532:65532", name, s.User)
		}
		if !slices.Equal(s.CapDrop, []string{"ALL"}) {
			t.Errorf("%s: cap_drop %v, want [ALL]", name, s.CapDrop)
		}
		if !slices.Contains(s.SecurityOpt, "no-new-privileges:true") {
			t.Errorf("%s: security_opt %v lacks no-new-privileges:true", name, s.SecurityOpt)
		}
		switch s.Restart {
		case "always", "unless-stopped", "on-failure":
		default:
			t.Errorf("%s: restart %q, want always, unless-stopped or on-failure", name, s.Restart)
		}
		hc := s.Healthcheck
		if !slices.Equal(hc.Test, []string{"CMD", "/bot", "healthcheck"}) {
			t.Errorf("%s: healthcheck test %v, want [CMD /bot healthcheck] (the image has no shell)", name, hc.Test)
		}
		for what, v := range map[string]string{"interval": hc.Interval, "timeout": hc.Timeout, "start_period": hc.StartPeriod, "stop_grace_period": s.StopGracePeriod} {
			if d, err := time.ParseDuration(v); err != nil || d <= 0 {
				t.Errorf("%s: %s %q is not a duration", name, what, v)
			}
		}
		if d, _ := time.ParseDuration(hc.Timeout); d < 2*time.Second {
			t.Errorf("%s: healthcheck timeout %s is shorter than bot healthcheck's own 2s", name, hc.Timeout)
		}
		if hc.Retries < 1 {
			t.Errorf("%s: healthcheck retries %d", name, hc.Retries)
		}
		if s.Environment["HEALTH_ADDR"] == "" {
			t.Errorf("%s: HEALTH_ADDR is not set, so the healthcheck has nothing to call", name)
		}
	}
	if v, ok := gw.Environment["INTERACTIONS_ADDR"]; !ok || v != "" {
		t.Errorf("gateway: INTERACTIONS_ADDR must be set empty, so a value in .env does not start a second endpoint")
	}
	if len(gw.Ports) != 0 {
		t.Errorf("gateway: publishes %v; it needs no inbound port", gw.Ports)
	}
	if v, ok := http.Environment["DISCORD_TOKEN"]; !ok || v != "" {
		t.Errorf("http: DISCORD_TOKEN must be set empty, so it does not open a second gateway session")
	}
	addr := http.Environment["INTERACTIONS_ADDR"]
	if addr == "" {
		t.Fatal("http: INTERACTIONS_ADDR is not set")
	}
	if addr == http.Environment["HEALTH_ADDR"] {
		t.Errorf("http: HEALTH_ADDR and INTERACTIONS_ADDR are both %s", addr)
	}
	if !slices.Contains(http.Ports, "8080:8080") || !strings.HasSuffix(addr, ":8080") {
		t.Errorf("http: want INTERACTIONS_ADDR on :8080 published as 8080:8080, got %s and %v", addr, http.Ports)
	}
}

func TestComposeEnvNamesAreConfigVars(t *testing.T) {
	known := configVars(t)
	for name, s := range loadCompose(t).Services {
		for k := range s.Environment {
			if !known[k] {
				t.Errorf("%s: %s is not a variable the bot reads (cmd/bot/config.go)", name, k)
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
