package io.pryv.sizer.model;

/** Data disk of every register machine, sized on the platform's user count. */
public record RegisterDataDisk(long gb) {}
