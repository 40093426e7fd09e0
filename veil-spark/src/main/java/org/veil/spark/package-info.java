/**
 * The de-identification run on Apache Spark: {@link org.veil.spark.SparkDeidJob} lists the inputs, decides each
 * study's patient in a first pass, and de-identifies partitions balanced by size on the executors through the same
 * {@link org.veil.pipeline.run.DeidRun} as {@code veil deid}, writing the same output names.
 */
package org.veil.spark;
