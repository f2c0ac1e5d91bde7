//go:build unix

package workers_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) this process has used, on
// every thread, the embedded engine's included.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
