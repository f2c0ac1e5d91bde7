// Command veilig runs the veilig pipeline: it strips personal data from
// tenant events flowing through NATS JetStream, asks an AI for insights on
// the anonymised text only, and stores both in ClickHouse.
//
// main parses flags (kong) and calls the command's Run; exit codes: 0 on
// success, 1 on failure, 2 on bad usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/alecthomas/kong"
)

// cli is the command line. Every flag has a matching VEILIG_* variable.
type cli struct {
	LogFormat string `name:"log-format" enum:"text,json" default:"text" env:"VEILIG_LOG_FORMAT" help:"Log format: text or json."`
	LogLevel  string `name:"log-level" enum:"debug,info,warn,error" default:"info" env:"VEILIG_LOG_LEVEL" help:"Least severe level logged."`

	Demo      demoCmd      `cmd:"" help:"Run the whole pipeline in one process on embedded NATS and ClickHouse with synthetic (or given) events, then print a per-tenant summary."`
	Query     queryCmd     `cmd:"" help:"Run SQL on the embedded store of a data folder and print the rows."`
	Anonymize anonymizeCmd `cmd:"" help:"Anonymise free text: JSON Lines {id,text,lang} on stdin, {id,text,entities} on stdout."`
	Run       runCmd       `cmd:"" help:"Run the workers as a long-lived service against a NATS cluster and a ClickHouse server."`
	Publish   publishCmd   `cmd:"" help:"Publish events from JSON Lines on stdin, answering per line."`
	AI        aiCmd        `cmd:"" name:"ai" help:"Inspect the EEA AI provider registry and check endpoints against the policy."`
	Capture   captureCmd   `cmd:"" help:"Write a range of the anonymised stream (no personal data) to stdout as a JSON Lines fixture."`
	Replay    replayCmd    `cmd:"" help:"Replay anonymised events into shadow tables, and diff a shadow against live."`
	Serve     serveCmd     `cmd:"" help:"Serve the analysts' dashboard and tenant-scoped JSON behind analyst tokens, with /healthz and /readyz."`
	Tokens    tokensCmd    `cmd:"" help:"Create, list and revoke API tokens (stored only as hashes)."`
	GDPR      gdprCmd      `cmd:"" name:"gdpr" help:"Data subjects' rights: erase and export."`
	Tenants   tenantsCmd   `cmd:"" help:"Tenant offboarding."`
	Keys      keysCmd      `cmd:"" help:"Pseudonym key rotation."`
	Certs     certsCmd     `cmd:"" help:"Certificates for development."`
	Retention retentionCmd `cmd:"" help:"Retention: delete rows past their time."`
}

// usageError is a mistake in how the command was called: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("veilig"),
		kong.Description("veilig keeps a workplace-safety SaaS's data security promise: events in, personal data out, insights stored."),
		kong.UsageOnError(),
		kong.Exit(func(code int) { panic(exitCode(code)) }),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, "veilig:", err)
		return 1
	}
	code := 0
	func() {
		defer func() {
			if r := recover(); r != nil {
				ec, ok := r.(exitCode)
				if !ok {
					panic(r)
				}
				code = int(ec)
			}
		}()
		kctx, err := parser.Parse(args)
		if err != nil {
			fmt.Fprintln(os.Stderr, "veilig:", err)
			fmt.Fprintln(os.Stderr, "Run 'veilig --help' for usage.")
			code = 2
			return
		}
		log := newLogger(c.LogFormat, c.LogLevel)
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := kctx.Run(&env{ctx: ctx, log: log}); err != nil {
			fmt.Fprintln(os.Stderr, "veilig:", err)
			var ue usageError
			var de diffExit
			if errors.As(err, &ue) {
				code = 2
			} else if errors.As(err, &de) {
				code = 3
			} else {
				code = 1
			}
		}
	}()
	return code
}

// env is what every command's Run receives.
type env struct {
	ctx context.Context
	log *slog.Logger
}

// exitCode carries kong's exit (after --help, code 0) out of Parse.
type exitCode int

// redactedKeys are log attribute names that could carry personal data if a
// future change logged a value by mistake; the ReplaceAttr hook is the
// backstop behind the rule that no value is ever logged.
var redactedKeys = map[string]bool{"text": true, "data": true, "value": true, "name": true, "email": true, "phone": true, "bsn": true, "iban": true, "body": true, "payload": true}

func osStderr() *os.File { return os.Stderr }

func newLogger(format, level string) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if redactedKeys[a.Key] {
			return slog.String(a.Key, "[redacted]")
		}
		return a
	}}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}
