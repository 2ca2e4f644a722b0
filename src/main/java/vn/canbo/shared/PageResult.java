package vn.canbo.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code total} is exact up to {@link #COUNT_CAP}; beyond that
 * {@code totalCapped} is true and the UI says "hơn 10.000". Large lists are never counted
 * in full.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

	public static final int COUNT_CAP = 10_000;

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public <R> PageResult<R> map(Function<T, R> f) {
		return new PageResult<>(items.stream().map(f).toList(), page, size, total, totalCapped);
	}
}
