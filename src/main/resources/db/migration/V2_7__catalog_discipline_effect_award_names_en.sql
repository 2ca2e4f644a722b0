-- Issue 15 (ev-honours), points 1 and 6.
-- 1. The period of effect of a discipline form is no longer catalog data: it moved to the effective-dated rule
--    parameters discipline.effect_months.<FORM>.<CATEGORY> (V8_18, same values, with their legal basis). The
--    attribute effectMonths of V2_6 is removed so that there is one source.
update catalog_item set attributes = attributes - 'effectMonths' where catalog = 'DISCIPLINE_FORM';

-- 6. English names of the award forms (the discipline forms have theirs since V2_3), so that a message or a page in
--    English names the form in English. A name an administrator already gave is kept.
update catalog_item c set name_en = v.name_en
  from (values
    ('HCSL', 'Gold Star Order'),
    ('HCHCM', 'Ho Chi Minh Order'),
    ('HCDL', 'Independence Order'),
    ('HCLD1', 'Labour Order, first class'),
    ('HCLD2', 'Labour Order, second class'),
    ('HCLD3', 'Labour Order, third class'),
    ('HC_QUAN_CONG', 'Military Exploit Order'),
    ('HC_BVTQ', 'Fatherland Defence Order'),
    ('HC_HUU_NGHI', 'Friendship Order'),
    ('HUY_CHUONG', 'Medal'),
    ('BK_TTG', 'Certificate of Merit of the Prime Minister'),
    ('BK_TINH', 'Certificate of Merit of the Chairman of the Provincial People''s Committee'),
    ('BK_BO', 'Certificate of Merit of a ministry or central agency'),
    ('BK_TW', 'Certificate of Merit of a central Party agency or mass organisation'),
    ('BK_TINH_UY', 'Certificate of Merit of the Provincial Party Standing Committee'),
    ('CSTD_TQ', 'National Emulation Fighter'),
    ('CSTD_TINH', 'Provincial Emulation Fighter'),
    ('CSTD_CS', 'Grassroots Emulation Fighter'),
    ('LDTT', 'Advanced Worker'),
    ('GIAY_KHEN', 'Certificate of Commendation'),
    ('KN_CHUONG', 'Commemorative medal'),
    ('CO_THI_DUA', 'Emulation Flag'),
    ('DANH_HIEU_TAP_THE', 'Excellent Labour Collective'),
    ('TAP_THE_LDTT', 'Advanced Labour Collective')
  ) as v(code, name_en)
 where c.catalog = 'AWARD_FORM' and c.code = v.code and c.name_en is null;
