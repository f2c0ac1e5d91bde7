//go:build !linux

package chdb

import "syscall"

// The embedded engine ships for Linux only; elsewhere there is nothing to keep.
func keepGoSignalHandlers() func() { return func() {} }

func signalHandler(syscall.Signal) uintptr { return 0 }
