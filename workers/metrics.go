package workers

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pipeline's Prometheus metrics. Labels hold stage names,
// outcomes and refusal codes only, never event content.
type Metrics struct {
	Events      *prometheus.CounterVec   // stage, outcome
	Quarantined *prometheus.CounterVec   // code
	Batch       *prometheus.HistogramVec // stage
	Entities    *prometheus.CounterVec   // type
	Redelivered *prometheus.CounterVec   // stage
	Corrected   prometheus.Counter       // values the verifier found and the anonymiser then redacted
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "veilig", Name: "events_total", Help: "Events handled, by stage and outcome (ok, quarantined, retried, dead_lettered).",
		}, []string{"stage", "outcome"}),
		Quarantined: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "veilig", Name: "quarantined_total", Help: "Events refused into quarantine, by reason code.",
		}, []string{"code"}),
		Batch: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "veilig", Name: "batch_seconds", Help: "Time to process one fetched batch, by stage.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}, []string{"stage"}),
		Entities: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "veilig", Name: "anonymized_values_total", Help: "Personal values replaced, by type.",
		}, []string{"type"}),
		Redelivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "veilig", Name: "redelivered_total",
			Help: "Messages fetched again after an earlier delivery (a retry, a worker restart, or a batch that outlived the consumer's ack wait), by stage.",
		}, []string{"stage"}),
		Corrected: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "veilig", Name: "verifier_corrections_total",
			Help: "Values the verifier found in anonymised output that the scan had let pass; they were redacted and the output checked again.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.Events, m.Quarantined, m.Batch, m.Entities, m.Redelivered, m.Corrected)
	}
	return m
}
