/**
 * Home accessibility retrofits for households with severe disability (困难重度残疾人家庭无障碍改造):
 * one case per household, from application through 公示, home assessment, works, 验收 and payment.
 */
package org.tongban.retrofit;
