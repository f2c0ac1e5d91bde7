package chdb

import (
	"syscall"
	"unsafe"
)

// The embedded engine installs its own handlers for SIGSEGV, SIGBUS, SIGFPE
// and SIGABRT when it loads and starts (to log a crash's stack). The Go
// runtime turns SIGSEGV into the panic of a nil dereference, which a
// worker recovers from; under the engine's handler the same fault hung the
// process instead (found by a test that dereferenced nil in the workers'
// test binary, which opens the engine). So the Go runtime's handlers are
// saved before the library is loaded and put back after every start of
// the engine: a fault in the engine's own code then crashes the process
// with Go's report instead of the engine's, which is what a crash should
// do.

// sigaction is the kernel's struct sigaction on linux/amd64 and arm64.
type sigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// runtimeSignals are the signals whose handlers the engine replaces.
var runtimeSignals = [...]syscall.Signal{syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE, syscall.SIGABRT}

// keepGoSignalHandlers saves the current handlers of runtimeSignals and
// returns a function that reinstalls them.
func keepGoSignalHandlers() func() {
	var saved [len(runtimeSignals)]sigaction
	for i, s := range runtimeSignals {
		rtSigaction(s, nil, &saved[i])
	}
	return func() {
		for i, s := range runtimeSignals {
			rtSigaction(s, &saved[i], nil)
		}
	}
}

func rtSigaction(s syscall.Signal, act, old *sigaction) {
	// #nosec G103 -- the kernel reads and writes the structs for the call's duration only
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(s), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
}

// signalHandler returns the address of s's current handler, for tests.
func signalHandler(s syscall.Signal) uintptr {
	var cur sigaction
	rtSigaction(s, nil, &cur)
	return cur.handler
}
