/**
 * Public-welfare job placement (公益性岗位安置, process {@code welfare-placement}, cases {@code WP-…}):
 * at most two placements per person, ever, held by the database in the placing transaction.
 */
package org.tongban.placement;
