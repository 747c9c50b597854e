/** Enumerations of the MoQ configuration (SEMANTICS.md §6–§7), shared by config and schedule. */

/** How the bit schedule counts steps and shares state (SEMANTICS.md §2). */
export enum Semantics {
  /** One state per quantized tensor, counter = counted optimizer steps after the offset. */
  Moqlab = 'moqlab',
  /** DeepSpeed ≤ 0.6: counter advances 6·max(L,1) per step, drop checks per parameter visit (cascades). */
  DeepspeedLegacy = 'deepspeed-legacy',
}

export enum QuantType {
  Symmetric = 'symmetric',
  Asymmetric = 'asymmetric',
}

export enum Rounding {
  Nearest = 'nearest',
  Stochastic = 'stochastic',
}

/** Quantization grid of SEMANTICS.md §6. */
export enum Grid {
  Standard = 'standard',
  Deepspeed = 'deepspeed',
}

/** How block eigenvalues become period factors (SEMANTICS.md §4). */
export enum Clustering {
  EqualWidth = 'equal-width',
  Kmeans = 'kmeans',
  Quantile = 'quantile',
}
