package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/veilig/veilig/schemas"
	"github.com/veilig/veilig/workers"
)

type runCmd struct {
	NATS  string `name:"nats" required:"" env:"VEILIG_NATS" placeholder:"URL" help:"NATS: nats://host:4222, tls://host:4222 or embedded:DIR. Credentials via VEILIG_NATS_CREDS or VEILIG_NATS_TOKEN."`
	Store string `name:"store" required:"" env:"VEILIG_STORE" placeholder:"URL" help:"ClickHouse: clickhouse://host:9000?database=veilig&secure=true or chdb:DIR. Password via VEILIG_STORE_PASSWORD."`
	aiFlags
	Replicas    int    `name:"replicas" default:"1" env:"VEILIG_REPLICAS" help:"Stream replicas (3 in a cluster)."`
	MetricsAddr string `name:"metrics-addr" default:"127.0.0.1:9464" env:"VEILIG_METRICS_ADDR" help:"Where to serve /metrics and /healthz; empty to disable."`
	BatchSize   int    `name:"batch" default:"2000" env:"VEILIG_BATCH" help:"Messages per fetch."`
	Retention   int    `name:"retention-days" default:"0" env:"VEILIG_RETENTION_DAYS" help:"Delete events and insights older than this many days, checked every 24 hours (0: off)."`
}

func (r *runCmd) Run(e *env) error {
	defer workers.TuneGC()()
	if err := productionRules(r.Profile, map[string]bool{
		"a plain-text NATS connection (use tls://)":                       !strings.HasPrefix(r.NATS, "tls://"),
		"a plain-text ClickHouse connection (add secure=true to --store)": !strings.Contains(r.Store, "secure=true"),
		"a plain-text metrics listener (set --metrics-addr \"\")":         r.MetricsAddr != "",
	}); err != nil {
		return err
	}
	audit := workers.NewAuditWriter(r.Profile, e.log)
	cache := &lazyCache{}
	provider, err := r.open(audit.Record, cache, false)
	if err != nil {
		return err
	}
	mk, err := masterKey("")
	if err != nil {
		return err
	}
	st, err := openStore(e.ctx, r.Store, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	audit.SetStore(st)
	conn, reg, err := broker(e.ctx, r.NATS, mk, r.Replicas)
	if err != nil {
		return err
	}
	defer conn.Close()
	cache.attach(e.ctx, conn.JS)

	promReg := prometheus.NewRegistry()
	promReg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	pipe, err := workers.New(conn.JS, st, schemas.MustLoad(), reg, provider, workers.Config{
		Environment: r.Profile, BatchSize: r.BatchSize, Logger: e.log, Metrics: workers.NewMetrics(promReg), IsUnknownTenant: isUnknownTenant,
	})
	if err != nil {
		return usageError{err.Error()}
	}
	if r.MetricsAddr != "" {
		ln, err := net.Listen("tcp", r.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(promReg, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
		mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
			defer cancel()
			switch {
			case !conn.NC.IsConnected():
				http.Error(w, "NATS not connected", http.StatusServiceUnavailable)
			case st.Exec(ctx, "SELECT 1") != nil:
				http.Error(w, "store not ready", http.StatusServiceUnavailable)
			case breakerOpen(provider):
				http.Error(w, "AI provider circuit open (events wait in CLEAN)", http.StatusServiceUnavailable)
			default:
				_, _ = w.Write([]byte("ready\n"))
			}
		})
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				e.log.Error("metrics server", "error", err)
			}
		}()
		defer func() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			_ = srv.Shutdown(ctx)
		}()
		e.log.Info("metrics served", "addr", ln.Addr().String())
	}
	if r.Retention > 0 {
		go func() {
			t := time.NewTicker(24 * time.Hour)
			defer t.Stop()
			for {
				if removed, err := workers.Retention(e.ctx, st, r.Retention, nil); err != nil {
					e.log.Error("retention failed", "error", err)
				} else {
					e.log.Info("retention applied", "events", removed["events"], "insights", removed["insights"])
				}
				select {
				case <-e.ctx.Done():
					return
				case <-t.C:
				}
			}
		}()
	}
	e.log.Info("workers running", "environment", r.Profile, "ai", provider.Name())
	if err := pipe.Run(e.ctx); err != nil {
		return err
	}
	e.log.Info("stopped: in-flight batches finished and acknowledged")
	return nil
}

// breakerOpen reports whether a remote provider's circuit is open.
func breakerOpen(p any) bool {
	b, ok := p.(interface{ BreakerOpen() bool })
	return ok && b.BreakerOpen()
}
