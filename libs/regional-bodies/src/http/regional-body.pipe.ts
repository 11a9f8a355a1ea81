import { PipeTransform } from '@nestjs/common';
import { InvalidCommand, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';

/** The `:body` of a path, as one of the regional bodies rtop knows. */
export class ParseRegionalBodyPipe implements PipeTransform<string, RegionalBody> {
  transform(value: string): RegionalBody {
    if (!(REGIONAL_BODIES as readonly string[]).includes(value)) {
      throw new InvalidCommand('regional-body', `${value} is not a regional body (${REGIONAL_BODIES.join(', ')})`);
    }
    return value as RegionalBody;
  }
}
