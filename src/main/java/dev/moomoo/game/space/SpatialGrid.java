package dev.moomoo.game.space;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A uniform grid of square cells over the map. Used for collisions and for deciding what each player
 * is sent, so neither needs a scan over all players or all objects. Tick-thread only.
 *
 * <p>An element is filed under the cell of its centre. A query widens its rectangle by the largest
 * scale ever inserted, so that elements whose centre lies outside the rectangle but whose body
 * reaches into it are still found; callers apply the exact test.
 */
public final class SpatialGrid<T extends Positioned> {
    private final double cellSize;
    private final int columns;
    private final ArrayList<T>[] cells;
    private double maxScale;
    private int size;

    @SuppressWarnings("unchecked")
    public SpatialGrid(double mapSize, double cellSize) {
        this.cellSize = cellSize;
        this.columns = (int) Math.ceil(mapSize / cellSize);
        this.cells = new ArrayList[columns * columns];
    }

    public int size() {
        return size;
    }

    /** The cell index of a position, clamped to the map. */
    public int cellOf(double x, double y) {
        return clamp((int) (y / cellSize)) * columns + clamp((int) (x / cellSize));
    }

    private int clamp(int c) {
        return c < 0 ? 0 : Math.min(c, columns - 1);
    }

    /** Files {@code e} under the cell of its position; returns the cell, to pass to {@link #move}/{@link #remove}. */
    public int insert(T e) {
        int cell = cellOf(e.x(), e.y());
        ArrayList<T> list = cells[cell];
        if (list == null) {
            list = new ArrayList<>(4);
            cells[cell] = list;
        }
        list.add(e);
        maxScale = Math.max(maxScale, e.scale());
        size++;
        return cell;
    }

    public void remove(T e, int cell) {
        ArrayList<T> list = cells[cell];
        if (list != null && list.remove(e)) {
            size--;
        }
    }

    /** Moves {@code e} from {@code oldCell} to the cell of its current position; returns the new cell. */
    public int move(T e, int oldCell) {
        int cell = cellOf(e.x(), e.y());
        if (cell != oldCell) {
            remove(e, oldCell);
            return insert(e);
        }
        return cell;
    }

    /**
     * Calls {@code action} for every element whose centre lies in a cell touching the rectangle
     * {@code [x - halfWidth, x + halfWidth] x [y - halfHeight, y + halfHeight]} widened by the largest scale.
     */
    public void query(double x, double y, double halfWidth, double halfHeight, Consumer<? super T> action) {
        double w = halfWidth + maxScale;
        double h = halfHeight + maxScale;
        int x0 = clamp((int) Math.floor((x - w) / cellSize));
        int x1 = clamp((int) Math.floor((x + w) / cellSize));
        int y0 = clamp((int) Math.floor((y - h) / cellSize));
        int y1 = clamp((int) Math.floor((y + h) / cellSize));
        for (int cy = y0; cy <= y1; cy++) {
            int row = cy * columns;
            for (int cx = x0; cx <= x1; cx++) {
                ArrayList<T> list = cells[row + cx];
                if (list != null) {
                    for (int i = 0, n = list.size(); i < n; i++) {
                        action.accept(list.get(i));
                    }
                }
            }
        }
    }
}
