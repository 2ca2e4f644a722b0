package vn.canbo.career.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.canbo.career.DecisionSubject;

/**
 * The fields of one person of a draft decision's form ({@link DecisionForm.SubjectForm},
 * bound as {@code subjects[i].field}), with the conversions to and from
 * {@link DecisionSubject}. Its getters and setters are public, so Spring MVC and
 * Thymeleaf reach them through the public {@code SubjectForm}.
 */
abstract class SubjectFields {

	private Long personId;

	private String personName;

	private Long unitId;

	private String titleCode;

	private String titleText;

	private boolean concurrent;

	private boolean partyPost;

	private Long positionId;

	private String higherPost = "";

	private String rankCode;

	private Integer step;

	private BigDecimal coefficient;

	private BigDecimal positionAllowance;

	private BigDecimal seniorityPct;

	private Integer incompleteYears;

	private LocalDate returnOn;

	private Integer probationMonths;

	private String note;

	boolean blank() {
		return personId == null && unitId == null && positionId == null && (titleCode == null || titleCode.isBlank())
				&& (rankCode == null || rankCode.isBlank());
	}

	DecisionSubject toSubject() {
		return new DecisionSubject(null, personId, null, null, unitId, titleCode, titleText, concurrent, partyPost,
				positionId, higherPost == null || higherPost.isBlank() ? null : Boolean.valueOf(higherPost), rankCode,
				step, coefficient, positionAllowance, seniorityPct, incompleteYears, returnOn, probationMonths, note);
	}

	/** Fills the fields from a stored subject. */
	void fill(DecisionSubject s) {
		personId = s.personId();
		personName = s.personName();
		unitId = s.unitId();
		titleCode = s.titleCode();
		titleText = s.titleText();
		concurrent = s.concurrent();
		partyPost = s.partyPost();
		positionId = s.positionId();
		higherPost = s.higherPost() == null ? "" : s.higherPost().toString();
		rankCode = s.rankCode();
		step = s.step();
		coefficient = s.coefficient();
		positionAllowance = s.positionAllowance();
		seniorityPct = s.seniorityPct();
		incompleteYears = s.incompleteYears();
		returnOn = s.returnOn();
		probationMonths = s.probationMonths();
		note = s.note();
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long v) {
		personId = v;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String v) {
		personName = v;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long v) {
		unitId = v;
	}

	public String getTitleCode() {
		return titleCode;
	}

	public void setTitleCode(String v) {
		titleCode = v;
	}

	public String getTitleText() {
		return titleText;
	}

	public void setTitleText(String v) {
		titleText = v;
	}

	public boolean isConcurrent() {
		return concurrent;
	}

	public void setConcurrent(boolean v) {
		concurrent = v;
	}

	public boolean isPartyPost() {
		return partyPost;
	}

	public void setPartyPost(boolean v) {
		partyPost = v;
	}

	public Long getPositionId() {
		return positionId;
	}

	public void setPositionId(Long v) {
		positionId = v;
	}

	public String getHigherPost() {
		return higherPost;
	}

	public void setHigherPost(String v) {
		higherPost = v;
	}

	public String getRankCode() {
		return rankCode;
	}

	public void setRankCode(String v) {
		rankCode = v;
	}

	public Integer getStep() {
		return step;
	}

	public void setStep(Integer v) {
		step = v;
	}

	public BigDecimal getCoefficient() {
		return coefficient;
	}

	public void setCoefficient(BigDecimal v) {
		coefficient = v;
	}

	public BigDecimal getPositionAllowance() {
		return positionAllowance;
	}

	public void setPositionAllowance(BigDecimal v) {
		positionAllowance = v;
	}

	public BigDecimal getSeniorityPct() {
		return seniorityPct;
	}

	public void setSeniorityPct(BigDecimal v) {
		seniorityPct = v;
	}

	public Integer getIncompleteYears() {
		return incompleteYears;
	}

	public void setIncompleteYears(Integer v) {
		incompleteYears = v;
	}

	public LocalDate getReturnOn() {
		return returnOn;
	}

	public void setReturnOn(LocalDate v) {
		returnOn = v;
	}

	public Integer getProbationMonths() {
		return probationMonths;
	}

	public void setProbationMonths(Integer v) {
		probationMonths = v;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String v) {
		note = v;
	}

}
