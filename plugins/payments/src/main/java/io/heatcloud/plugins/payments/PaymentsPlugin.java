package io.heatcloud.plugins.payments;

import org.pf4j.Plugin;

/** The payments plugin's entry point; everything it offers is an extension. */
public class PaymentsPlugin extends Plugin {}
