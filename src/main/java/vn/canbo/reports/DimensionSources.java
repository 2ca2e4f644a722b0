package vn.canbo.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link DimensionSource} bean, by dimension. */
@Component
class DimensionSources {

	private final ObjectProvider<DimensionSource> sources;

	DimensionSources(ObjectProvider<DimensionSource> sources) {
		this.sources = sources;
	}

	Optional<DimensionSource> of(Dim dim) {
		return sources.orderedStream().filter(s -> s.dimension() == dim).findFirst();
	}

	List<DimensionSource> all() {
		return sources.orderedStream().toList();
	}

}
