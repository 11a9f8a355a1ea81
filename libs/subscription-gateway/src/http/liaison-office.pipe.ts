import { Injectable, PipeTransform } from '@nestjs/common';
import { InvalidCommand, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';

/** The `{body}` of a liaison path: a regional body with a liaison office, or 400. */
@Injectable()
export class LiaisonOfficePipe implements PipeTransform<string, RegionalBody> {
  transform(value: string): RegionalBody {
    if (!(REGIONAL_BODIES as readonly string[]).includes(value))
      throw new InvalidCommand('liaison-office', `${value} is not a regional body with a liaison office`);
    return value as RegionalBody;
  }
}
