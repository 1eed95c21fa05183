/**
 * Batch extraction on Apache Spark: {@link org.radiomics4j.spark.RadiomicsSpark} (the Java API on a
 * {@code Dataset<Row>} of cases) and {@link org.radiomics4j.spark.RadiomicsSparkJob} (the {@code spark-submit}
 * application). Each partition runs the local batch's per-case code
 * ({@link org.radiomics4j.io.batch.BatchExtractor#extract}); images and masks are read through Hadoop's FileSystem
 * API. The output equals {@code radiomics batch} on the same cases, row for row and value for value. See
 * {@code docs/spark.md}.
 */
package org.radiomics4j.spark;
