package io.pryv.sizer.model;

/**
 * A machine group raised by its upgrades: the group the machine rules placed at its role's minimum,
 * and the same machines at the largest minimum its upgrades ask for. The outputs list the raised one.
 */
public record UpgradedGroup(MachineGroup atMinimum, MachineGroup upgraded) {}
