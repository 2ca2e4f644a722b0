package vn.canbo.evaluation;

import java.util.Map;
import vn.canbo.shared.Scope;

/**
 * The exception for outstanding collectives (tập thể có thành tích xuất sắc, NĐ 335/2025
 * — wording [U]; {@code eval.quota.collective_pct}): a subject of a COLLECTIVE campaign
 * recorded as outstanding, with its justification, is not counted in the campaign's
 * HTXSNV quota. Outside the scope = 404; every change audited.
 */
@org.springframework.modulith.NamedInterface("api")
public interface OutstandingCollectives {

	/**
	 * The exceptions recorded in the campaign, in the scope: subject id → justification.
	 */
	Map<Long, String> of(long campaignId, Scope scope);

	/**
	 * Records the exception (the justification is required) or, with {@code outstanding}
	 * false, removes it. Only for a unit of an open collective campaign whose rating is
	 * not final.
	 */
	Subject record(long subjectId, boolean outstanding, String justification, Scope scope);

}
