/**
 * Views of public-welfare job placement: the intake agency's new-application form. The case itself
 * is read in the shared case view ({@code cases/<case-number>}).
 */
package org.tongban.placement.ui;
