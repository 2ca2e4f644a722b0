package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The confirmation of an annual review: the candidates removed (each with its reason),
 * the day and the decision; all of them or none.
 */
@org.springframework.modulith.NamedInterface("api")
public record ReviewInput(LocalDate removedOn, String decisionNumber, LocalDate decidedOn, List<Item> items) {

	@org.springframework.modulith.NamedInterface("api")
	public record Item(Long candidateId, String reason) {
	}

}
