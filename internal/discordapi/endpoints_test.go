package discordapi

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// restEndpoints are the static endpoint variables SetBaseURL rebuilds, for
// checking their values.
func restEndpoints() map[string]*string {
	return map[string]*string{
		"EndpointDiscord": &discordgo.EndpointDiscord, "EndpointAPI": &discordgo.EndpointAPI,
		"EndpointGuilds": &discordgo.EndpointGuilds, "EndpointChannels": &discordgo.EndpointChannels,
		"EndpointUsers": &discordgo.EndpointUsers, "EndpointGateway": &discordgo.EndpointGateway,
		"EndpointGatewayBot": &discordgo.EndpointGatewayBot, "EndpointWebhooks": &discordgo.EndpointWebhooks,
		"EndpointStickers": &discordgo.EndpointStickers, "EndpointStageInstances": &discordgo.EndpointStageInstances,
		"EndpointSKUs": &discordgo.EndpointSKUs, "EndpointVoice": &discordgo.EndpointVoice,
		"EndpointVoiceRegions": &discordgo.EndpointVoiceRegions, "EndpointNitroStickersPacks": &discordgo.EndpointNitroStickersPacks,
		"EndpointGuildCreate": &discordgo.EndpointGuildCreate, "EndpointApplications": &discordgo.EndpointApplications,
		"EndpointOAuth2": &discordgo.EndpointOAuth2, "EndpointOAuth2Applications": &discordgo.EndpointOAuth2Applications,
		"EndpointOauth2": &discordgo.EndpointOauth2, "EndpointOauth2Applications": &discordgo.EndpointOauth2Applications,
	}
}

func TestSetBaseURL(t *testing.T) {
	vars := restEndpoints()
	orig := map[string]string{}
	for k, v := range vars {
		orig[k] = *v
	}
	t.Cleanup(func() { SetBaseURL(DefaultBaseURL) })

	SetBaseURL("http://127.0.0.1:9999/")
	for k, v := range vars {
		want := strings.Replace(orig[k], "https://discord.com/", "http://127.0.0.1:9999/", 1)
		if *v != want {
			t.Errorf("%s = %q, want %q", k, *v, want)
		}
	}
	// The endpoint functions follow the variables.
	for _, got := range []string{
		discordgo.EndpointChannelMessages("1"), discordgo.EndpointInteractionResponse("1", "t"),
		discordgo.EndpointWebhookMessage("1", "t", "@original"), discordgo.EndpointApplicationGlobalCommands("1"),
		discordgo.EndpointApplicationGuildCommands("1", "2"), discordgo.EndpointUser("@me"),
		discordgo.EndpointOAuth2Application("@me"),
	} {
		if !strings.HasPrefix(got, "http://127.0.0.1:9999/api/v9/") {
			t.Errorf("endpoint %q does not use the new base", got)
		}
	}
	// Not REST: left alone.
	if !strings.HasPrefix(discordgo.EndpointCDN, "https://cdn.discordapp.com/") {
		t.Errorf("EndpointCDN changed to %q", discordgo.EndpointCDN)
	}

	// Back to Discord reproduces discordgo's own values exactly.
	SetBaseURL(DefaultBaseURL)
	for k, v := range vars {
		if *v != orig[k] {
			t.Errorf("after SetBaseURL(DefaultBaseURL): %s = %q, want discordgo's %q", k, *v, orig[k])
		}
	}
}

// TestSetBaseURLCoversDiscordgo reads discordgo's endpoints.go and checks
// that every static endpoint built from the REST base is rebuilt by
// SetBaseURL, so that a discordgo upgrade adding one fails here rather than
// sending traffic to discord.com from a test.
func TestSetBaseURLCoversDiscordgo(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/bwmarrin/discordgo").Output()
	if err != nil {
		t.Skipf("cannot locate discordgo's source: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "endpoints.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Static variables (not func literals) whose value refers, directly or
	// through another, to EndpointDiscord.
	derived := map[string]bool{"EndpointDiscord": true}
	exprs := map[string]ast.Expr{}
	var order []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i < len(vs.Values) {
					if _, isFunc := vs.Values[i].(*ast.FuncLit); !isFunc {
						exprs[n.Name] = vs.Values[i]
						order = append(order, n.Name)
					}
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, name := range order {
			if derived[name] {
				continue
			}
			ast.Inspect(exprs[name], func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && derived[id.Name] {
					derived[name], changed = true, true
				}
				return true
			})
		}
	}
	covered := restEndpoints()
	for name := range derived {
		// Aliases of endpoint functions (EndpointOauth2Application =
		// EndpointOAuth2Application) are functions, read at call time.
		if _, isString := covered[name]; !isString && !isFuncAlias(exprs[name], exprs) {
			t.Errorf("discordgo's %s is built from EndpointDiscord but SetBaseURL does not rebuild it", name)
		}
	}
	if len(derived) < 15 {
		t.Errorf("found only %d derived endpoints in %s: did the parse go wrong?", len(derived), file)
	}
}

// isFuncAlias reports whether e is just the name of a function-valued
// endpoint.
func isFuncAlias(e ast.Expr, exprs map[string]ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	_, static := exprs[id.Name]
	return !static
}
