package dev.warroom.console.room.tree;

import java.util.List;

/**
 * Horizontal positions for a layered graph: each vertex is pulled towards the mean position of its
 * neighbours in the layer above (then below, alternately), and each layer is fitted to those wishes
 * by least squares under "keep the order, keep the gap" (pool-adjacent-violators). The result keeps
 * children under their parents and long edges nearly straight without any box overlapping another.
 */
final class LayerPlacement {

    private LayerPlacement() {
    }

    /** Centre x of every vertex; the leftmost box edge is at 0. */
    static double[] place(LayeredGraph graph, double[] width, double gap, int sweeps) {
        double[] x = new double[graph.size()];
        for (List<Integer> row : graph.layers) {
            double right = 0;
            for (int v : row) {
                x[v] = right + width[v] / 2;
                right += width[v] + gap;
            }
        }
        for (int sweep = 0; sweep < sweeps; sweep++) {
            for (int l = 1; l < graph.layers.size(); l++) {
                fit(graph.layers.get(l), wishes(graph.layers.get(l), graph.above, x), width, gap, x);
            }
            for (int l = graph.layers.size() - 2; l >= 0; l--) {
                fit(graph.layers.get(l), wishes(graph.layers.get(l), graph.below, x), width, gap, x);
            }
        }
        for (int l = 1; l < graph.layers.size(); l++) {
            fit(graph.layers.get(l), wishes(graph.layers.get(l), graph.above, x), width, gap, x);
        }
        double left = Double.MAX_VALUE;
        for (int v = 0; v < x.length; v++) {
            left = Math.min(left, x[v] - width[v] / 2);
        }
        for (int v = 0; v < x.length; v++) {
            x[v] -= left;
        }
        return x;
    }

    private static double[] wishes(List<Integer> row, List<List<Integer>> neighbours, double[] x) {
        double[] wish = new double[row.size()];
        for (int i = 0; i < row.size(); i++) {
            List<Integer> near = neighbours.get(row.get(i));
            wish[i] = near.isEmpty() ? x[row.get(i)] : near.stream().mapToDouble(n -> x[n]).average().orElseThrow();
        }
        return wish;
    }

    /**
     * Least-squares positions for one layer: minimise the squared distance to the wishes subject to
     * x[i+1] - x[i] >= (width[i] + width[i+1]) / 2 + gap. Subtracting the cumulative minimum offsets
     * turns this into an isotonic regression, solved by pooling adjacent violators.
     */
    private static void fit(List<Integer> row, double[] wish, double[] width, double gap, double[] x) {
        int n = row.size();
        if (n == 0) {
            return;
        }
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + (width[row.get(i - 1)] + width[row.get(i)]) / 2 + gap;
        }
        double[] blockMean = new double[n];
        int[] blockSize = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockMean[blocks] = wish[i] - offset[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockMean[blocks - 2] > blockMean[blocks - 1]) {
                int merged = blockSize[blocks - 2] + blockSize[blocks - 1];
                blockMean[blocks - 2] = (blockMean[blocks - 2] * blockSize[blocks - 2] + blockMean[blocks - 1] * blockSize[blocks - 1]) / merged;
                blockSize[blocks - 2] = merged;
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockSize[b]; k++, i++) {
                x[row.get(i)] = blockMean[b] + offset[i];
            }
        }
    }
}
