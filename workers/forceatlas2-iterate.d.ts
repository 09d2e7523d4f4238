// Types for graphology-layout-forceatlas2's single-iteration function, which the package ships without declarations.

declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

  /**
   * One FA2 iteration in place over the package's matrices: `nodes` has 10 numbers per node (x, y, dx, dy, old dx,
   * old dy, mass, convergence, size, fixed), `edges` 3 per edge (source offset, target offset, weight), where an
   * offset is the node's index times 10.
   */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): object;
}
