package main

import (
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how a long run advances: a bar on a terminal, a plain
// line every few seconds otherwise (logs, CI).
type progress struct {
	bar   *progressbar.ProgressBar
	label string
	total int64
	done  int64
	last  time.Time
	start time.Time
}

func newProgress(label string, total int) *progress {
	p := &progress{label: label, total: int64(total), start: time.Now(), last: time.Now()}
	if term.IsTerminal(int(os.Stderr.Fd())) {
		p.bar = progressbar.NewOptions64(int64(total),
			progressbar.OptionSetDescription(label),
			progressbar.OptionSetWriter(os.Stderr),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("events"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// set records how many are done. A count past the total (a message the
// workers handled twice after a retry) shows as the total.
func (p *progress) set(done int64) {
	if p.total >= 0 {
		done = min(done, p.total)
	}
	p.done = done
	if p.bar != nil {
		_ = p.bar.Set64(done)
		return
	}
	if time.Since(p.last) >= 3*time.Second {
		p.last = time.Now()
		fmt.Fprintf(os.Stderr, "%s: %d of %d (%s)\n", p.label, done, p.total, time.Since(p.start).Round(time.Second))
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
