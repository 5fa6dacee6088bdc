// Instances that get a public IPv4 address without asking for one: launched into a subnet that
// maps public addresses on launch (or into the default VPC, whose default subnets do) while
// neither the instance nor its launch template or configuration refuses one.
import type { Judge } from "../lib/judge";
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { T } from "../aws/types";
import { UNKNOWN } from "../lib/unknown";
import { at, readBool, readList } from "../lib/values";
import { launchSourceOf } from "../aws/ec2/launch-source";
import { PublicIpStance, publicIpStance } from "./public-ip";
import { SubnetIndex, SubnetLookup, mapsPublicIp } from "./subnet-index";

const FIX = "Launch into a private subnet, or refuse a public address explicitly; reach the instances through a load balancer or SSM Session Manager and let them out through a NAT gateway.";

/** The instance's own stance, or its template's when it leaves the choice to the template. */
function instanceStance(stack: StackModel, instance: StackResource): PublicIpStance | "external" {
  const own = readBool(instance.props.associatePublicIpAddress);
  if (own === true) return "requests";
  if (own === false) return "refuses";
  if (own === UNKNOWN) return "unknown";
  const ref = launchSourceOf(stack, instance);
  if (!ref.named) return "subnet-decides";
  return ref.source ? publicIpStance(ref.source) : "external";
}

/** The subnets a launch template's network interfaces name (a template can name a subnet nowhere else). */
function templateSubnetIds(template: StackResource): unknown {
  const interfaces = readList(template.props.networkInterfaces);
  if (interfaces === UNKNOWN) return UNKNOWN;
  return (interfaces ?? []).map((ni) => at(ni, "subnetId"));
}

function attachesInterfaces(instance: StackResource): boolean {
  const list = readList(instance.props.networkInterfaces);
  return (Array.isArray(list) && list.length > 0) || (instance.props.primaryNetworkInterface ?? null) !== null;
}

/**
 * Judges the subnets found for a launcher whose stance leaves the address to the subnet: one
 * finding per launcher, naming every subnet that hands out public addresses.
 */
function judgeSubnets(lookup: SubnetLookup, stance: PublicIpStance, judge: Judge, subject: StackResource, describe: (subnets: string) => string): void {
  if (lookup.unknown) judge.unknown(`subnet of ${subject.name}`);
  const publicOnes: string[] = [];
  for (const subnet of lookup.subnets) {
    const maps = mapsPublicIp(subnet);
    if (maps === UNKNOWN) judge.unknown(`mapPublicIpOnLaunch of subnet ${subnet.name}`);
    else if (maps === true) publicOnes.push(`'${subnet.name}'`);
  }
  if (publicOnes.length === 0) return;
  if (stance === "unknown") return judge.unknown(`public address setting of ${subject.name}`);
  const which = publicOnes.length === 1 ? `subnet ${publicOnes[0]}, which assigns` : `subnets ${publicOnes.join(", ")}, which assign`;
  judge.violation(`${describe(which)} ${FIX}`, subject.urn);
}

export function judgeInstancePlacement(stack: StackModel, subnets: SubnetIndex, instance: StackResource, judge: Judge): void {
  if (attachesInterfaces(instance)) return;
  const stance = instanceStance(stack, instance);
  if (stance === "requests" || stance === "refuses" || stance === "external") return;
  const lookup = subnets.resolve(instance, "subnetId", instance.props.subnetId);
  if (lookup.absent) {
    // With a template (in the stack: "external" returned above) the subnet may come from its network interfaces.
    const template = launchSourceOf(stack, instance).source;
    const fromTemplate = template ? subnets.resolve(template, "networkInterfaces", templateSubnetIds(template)) : undefined;
    if (template && fromTemplate && !fromTemplate.absent) {
      return judgeSubnets(fromTemplate, stance, judge, instance, (which) =>
        `Instance '${instance.name}' launches from template '${template.name}' into ${which} public IPv4 addresses at launch (mapPublicIpOnLaunch), and neither it nor the template sets associatePublicIpAddress to false.`,
      );
    }
    if (stance === "unknown") return judge.unknown(`public address setting of ${instance.name}`);
    const where = template ? `names no subnetId and neither does its launch template '${template.name}'` : "names no subnetId";
    return judge.violation(
      `Instance '${instance.name}' ${where}, so it launches into a default subnet of the default VPC, which assigns public IPv4 addresses, and it does not set associatePublicIpAddress to false. ${FIX}`,
      instance.urn,
    );
  }
  judgeSubnets(lookup, stance, judge, instance, (which) =>
    `Instance '${instance.name}' launches into ${which} public IPv4 addresses at launch (mapPublicIpOnLaunch), and neither it nor its launch template sets associatePublicIpAddress to false.`,
  );
}

export function judgeGroupPlacement(stack: StackModel, subnets: SubnetIndex, group: StackResource, judge: Judge): void {
  const ref = launchSourceOf(stack, group);
  if (!ref.source) return; // a template outside the stack: its settings cannot be seen
  const stance = publicIpStance(ref.source);
  if (stance === "requests" || stance === "refuses") return;
  const what = ref.source.type === T.launchTemplate
    ? `its launch template '${ref.source.name}' does not set networkInterfaces[].associatePublicIpAddress to "false"`
    : `its launch configuration '${ref.source.name}' does not set associatePublicIpAddress to false`;
  const lookup = subnets.resolve(group, "vpcZoneIdentifiers", group.props.vpcZoneIdentifiers);
  if (lookup.absent) {
    if (stance === "unknown") return judge.unknown(`public address setting of ${ref.source.name}`);
    return judge.violation(
      `Auto Scaling group '${group.name}' names no vpcZoneIdentifiers, so it launches into the default VPC's default subnets, which assign public IPv4 addresses, and ${what}. ${FIX}`,
      group.urn,
    );
  }
  judgeSubnets(lookup, stance, judge, group, (which) =>
    `Auto Scaling group '${group.name}' launches instances into ${which} public IPv4 addresses at launch (mapPublicIpOnLaunch), and ${what}.`,
  );
}
