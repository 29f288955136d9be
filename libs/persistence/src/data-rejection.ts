/**
 * A statement PostgreSQL refused because of the data it was given, not because of the moment:
 * SQLSTATE class 22 (data exception: out of range, invalid text, unsupported escape) or 23
 * (integrity constraint). Sent again, the same record fails the same way, so its batch must be
 * split and the record set aside; anything else (connection lost, serialization failure,
 * deadlock, shutting down) is retried as it is.
 */
export interface DataRejection {
  sqlState: string;
  message: string;
}

export function dataRejectionOf(error: unknown): DataRejection | undefined {
  const found = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | undefined;
  const code = found?.driverError?.code ?? found?.code;
  if (typeof code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(code)) return undefined;
  return { sqlState: code, message: String(found?.driverError?.message ?? found?.message ?? '') };
}
