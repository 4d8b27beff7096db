/**
 * Consultation referral (咨询转办): a hotline question forwarded to the competent agency, which
 * answers by the due date. The platform's smallest real process, until the five procedures land.
 */
package org.tongban.consultation;
