export * from './pose.schema.ts';
export * from './kinematics.ts';
export * from './joint-ranges.ts';
export * from './motion.ts';
