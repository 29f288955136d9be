/** Unit tests sit beside the pure logic (`*.spec.ts`); integration and end-to-end tests under test/. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } }];
const shared = {
  transform: { '^.+\\.(t|j)s$': swc },
  // any-ascii is published as an ES module only; swc turns it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!any-ascii/)'],
  moduleNameMapper: { '^@chokepoint/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], slowTestThreshold: 60 },
  ],
};
