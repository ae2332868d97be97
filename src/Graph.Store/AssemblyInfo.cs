// Stack buffers for dictionary keys are always written before they are read; zeroing them cost ~10% of a load.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
